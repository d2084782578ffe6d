package io.mailguard.postfix;

import io.mailguard.Location;
import io.mailguard.model.Address;
import java.util.List;

/**
 * What MailGuard concludes about one {@code smtpd} service from its effective parameters: plain facts, each
 * with the place that establishes it, for the rules to turn into findings.
 *
 * @param service the {@code master.cf} service
 * @param compatibilityLevel the compatibility level in force; {@link CompatibilityLevel#builtIn()} says that none
 *     is declared
 * @param relay who may relay to a domain that is not ours, and why
 * @param mxBackupUnrestricted {@code permit_mx_backup} in a list while {@code permit_mx_backup_networks} is
 *     empty (MG019), or {@code null}
 * @param classNetworks {@code mynetworks_style = class} with {@code mynetworks} unset (MG020): the style's
 *     place (or {@code null} inside the word when it is the default, which it never is), else {@code null}
 * @param anonymousLocalMail whether an unauthenticated client outside {@code mynetworks} gets an accepted
 *     {@code RCPT TO} for one of our own domains (MG003, MG004, MG006)
 * @param tlsRequired {@code smtpd_tls_security_level = encrypt} (or the old {@code smtpd_enforce_tls = yes}):
 *     where it is set, else {@code null}
 * @param saslWithoutTls {@code smtpd_sasl_auth_enable = yes} with neither {@code smtpd_tls_auth_only = yes}
 *     nor TLS required (MG015): where SASL is enabled, else {@code null}
 * @param unknownRestrictions restrictions Postfix does not know, or access checks without a {@code type:table}:
 *     Postfix answers "451 Server configuration error" when it reaches them (MG110)
 * @param relayDomains the items of {@code relay_domains}, expanded, with their places (MG002)
 * @param guardListAt where the list that must hold the relay guard is written: {@code smtpd_relay_restrictions},
 *     else {@code smtpd_recipient_restrictions}, or {@code null} when both are defaults (MG018)
 */
public record SmtpdAnalysis(
        MasterService service,
        CompatibilityLevel compatibilityLevel,
        RelayVerdict relay,
        Word mxBackupUnrestricted,
        Word classNetworks,
        Access anonymousLocalMail,
        Location tlsRequired,
        Location saslWithoutTls,
        List<Word> unknownRestrictions,
        List<Word> relayDomains,
        Location guardListAt) {

    public SmtpdAnalysis {
        unknownRestrictions = List.copyOf(unknownRestrictions);
        relayDomains = List.copyOf(relayDomains);
    }

    /** The same facts for {@code other}, a service that runs with the same parameters. */
    SmtpdAnalysis of(MasterService other) {
        return new SmtpdAnalysis(other, compatibilityLevel, relay, mxBackupUnrestricted, classNetworks, anonymousLocalMail,
                tlsRequired, saslWithoutTls, unknownRestrictions, relayDomains, guardListAt);
    }

    /** How Postfix answers a {@code RCPT TO} for a domain that is not ours. */
    public enum RelayKind {
        /** Some client MailGuard can name relays without authenticating: see the scope and the witness. */
        OPEN,
        /**
         * A working guard refuses every unauthenticated client outside the scope (the scope itself may still
         * be undecidable: see {@link RelayVerdict#undecidable()}).
         */
        GUARDED,
        /** No list has a working guard: Postfix's smtpd refuses to start (MG018). */
        NO_GUARD,
        /** Whether a stranger relays depends on a table or policy service MailGuard cannot see (MG021). */
        UNDECIDABLE
    }

    /**
     * The relay decision.
     *
     * @param kind the outcome for an unauthenticated client outside {@code mynetworks}
     * @param decidedBy the restriction that permits (OPEN) or refuses (GUARDED) such a client; for NO_GUARD the
     *     bare {@code permit} or {@code warn_if_reject} that disables a guard, if any; else {@code null}
     * @param witness for OPEN, a client that relays (its HELO, sender and address), else {@code null}
     * @param scope the client addresses that relay without authenticating (§6.5)
     * @param undecidable what MailGuard cannot see and relaying may depend on (MG021), with places
     * @param explanation one sentence for the finding's message; {@code null} for GUARDED, whose sentence
     *     {@link #explanation()} works out from {@code decidedBy}
     */
    public record RelayVerdict(
            RelayKind kind,
            Restriction decidedBy,
            Probe witness,
            RelayScope scope,
            List<Word> undecidable,
            String explanation) {

        public RelayVerdict {
            undecidable = List.copyOf(undecidable);
        }

        /** The sentence for a finding; for a guarded service it is worked out here, when a message asks for it. */
        @Override
        public String explanation() {
            return explanation != null || kind != RelayKind.GUARDED || decidedBy == null ? explanation
                    : "an unauthenticated client outside mynetworks is refused by " + decidedBy.text() + " in " + decidedBy.list();
        }
    }

    /**
     * The client addresses that relay without authenticating.
     *
     * @param ranges CIDR ranges with the place each is written: {@code mynetworks} when {@code permit_mynetworks}
     *     comes before the guard, addresses an inline {@code check_client_access} table permits
     * @param addresses the same ranges, parsed
     * @param everyClient true when every client relays (a permit any stranger meets, {@code static:OK})
     * @param derivedStyle {@code host}, {@code subnet} or {@code class} when the scope includes the networks
     *     Postfix derives from the host's interfaces ({@code mynetworks} unset), else empty
     * @param derivedAt where that style is set, or {@code null} for its default
     */
    public record RelayScope(List<Word> ranges, List<Address> addresses, boolean everyClient, String derivedStyle,
            Location derivedAt) {

        /** No client relays. */
        public static final RelayScope NONE = new RelayScope(List.of(), List.of(), false, "", null);

        public RelayScope {
            ranges = List.copyOf(ranges);
            addresses = List.copyOf(addresses);
        }
    }

    /**
     * A client as an SMTP session presents it.
     *
     * @param address the client address, or empty for "any address outside the scope"
     * @param helo the {@code EHLO} name
     * @param sender the {@code MAIL FROM} address
     * @param recipient the {@code RCPT TO} address
     */
    public record Probe(String address, String helo, String sender, String recipient) {

        /** A stranger: a client outside every network, with names of its own. */
        public static final Probe STRANGER = new Probe("", "client.example", "sender@client.example",
                "relay-test@foreign.example");
    }

    /** Whether an unauthenticated client gets through. */
    public enum Outcome {
        /** It gets an accepted reply. */
        ACCEPTED,
        /** A restriction refuses it. */
        REFUSED,
        /** It depends on what MailGuard cannot see. */
        UNKNOWN
    }

    /**
     * The outcome for an unauthenticated client outside {@code mynetworks}.
     *
     * @param outcome accepted, refused or unknown
     * @param decidedBy the refusing restriction (REFUSED), the permitting one if any (ACCEPTED), else {@code null}
     * @param undecidable for UNKNOWN, what it depends on
     */
    public record Access(Outcome outcome, Restriction decidedBy, List<Word> undecidable) {

        public Access {
            undecidable = List.copyOf(undecidable);
        }
    }
}
