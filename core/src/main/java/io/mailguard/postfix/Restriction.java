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
 */
public record Restriction(String name, String argument, String list, Word word) {

    /** Where it is written, or {@code null} for a Postfix default. */
    public Location at() {
        return word.at();
    }

    /** The restriction as written: name and argument. */
    public String text() {
        return argument.isEmpty() ? name : name + " " + argument;
    }
}
