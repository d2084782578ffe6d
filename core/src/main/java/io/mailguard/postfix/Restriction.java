package io.mailguard.postfix;

import io.mailguard.Location;

/**
 * One step of an {@code smtpd_*_restrictions} list: a restriction and the argument it takes, if any
 * ({@code check_client_access hash:/etc/postfix/access}, {@code check_policy_service inet:127.0.0.1:10023}).
 * A bare {@code type:table} is read as the list's own access check, as Postfix does.
 *
 * @param name the restriction in lower case
 * @param argument the table, service, domain or number it takes, or empty
 * @param list the parameter whose list it stands in ({@code smtpd_relay_restrictions}, or a restriction class)
 * @param word the list item that names it, as written
 * @param effect what it does to a session, worked out once when the list is read
 */
public record Restriction(String name, String argument, String list, Word word, Effect effect) {

    /** What a restriction does to a session, as far as the relay analysis tells restrictions apart. */
    public enum Effect {
        /** An unknown name, or an access check without a table: Postfix answers "451 Server configuration error". */
        MISREAD,
        /** {@code permit}: accepts. */
        PERMIT,
        /** {@code reject}, {@code defer}, {@code defer_if_permit}: refuses. */
        REFUSE,
        /** {@code reject_unauth_destination}, {@code defer_unauth_destination}: refuses a foreign recipient. */
        REFUSE_FOREIGN,
        /** {@code check_relay_domains}: refuses a foreign recipient, accepts ours. */
        RELAY_DOMAINS,
        /** {@code permit_auth_destination}: accepts our recipients. */
        PERMIT_OURS,
        /** {@code permit_mynetworks}: accepts a client in {@code mynetworks}. */
        PERMIT_MYNETWORKS,
        /** A policy service or a DNS allow list: its answer cannot be known. */
        UNKNOWABLE,
        /** A {@code check_*_access} table. */
        ACCESS,
        /** {@code warn_if_reject}: the next restriction only warns. */
        WARN_IF_REJECT,
        /** Any other: refuses only on conditions of the client, the sender or the recipient's domain. */
        CONDITIONAL
    }

    /** Where it is written, or {@code null} for a Postfix default. */
    public Location at() {
        return word.at();
    }

    /** The restriction as written: name and argument. */
    public String text() {
        return argument.isEmpty() ? name : name + " " + argument;
    }
}
