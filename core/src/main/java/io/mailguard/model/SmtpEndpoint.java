package io.mailguard.model;

import io.mailguard.Location;
import java.util.List;

/**
 * An SMTP endpoint of any product — an Exchange 2003 virtual server, a receive connector, a Postfix
 * {@code smtpd} service — lowered to the facts the product-neutral rules judge. Each fact keeps the path it
 * was read from, or for Postfix the place in {@code main.cf}/{@code master.cf}, so a finding lands on the
 * product's own key or line; a fact that cannot be established is an invalid {@link Value}.
 *
 * @param name the name findings use: {@code EXCH02/Internal SMTP}
 * @param role the effective role, written or inferred
 * @param anonymous whether anonymous senders are accepted
 * @param relay every way an unauthenticated client may relay
 * @param passwordsInClear whether passwords may cross without TLS
 * @param anonymousAccessException the recorded exception, or {@code null}
 * @param defaultConnector true for one of Exchange's default receive connectors
 */
public record SmtpEndpoint(
        Source source,
        String name,
        Server server,
        Kind kind,
        Fact<Role> role,
        Fact<Boolean> anonymous,
        List<RelayGrant> relay,
        Fact<Boolean> passwordsInClear,
        AnonymousAccessException anonymousAccessException,
        boolean defaultConnector) {

    /** What kind of object it is, with the words its fixes take. */
    public enum Kind {
        VIRTUAL_SERVER("virtual server", "set authentication.anonymous: false", "set authentication.anonymous: true",
                "set authentication.basicRequiresTls: true", "true or false"),
        RECEIVE_CONNECTOR("receive connector", "remove AnonymousUsers from permissionGroups",
                "add AnonymousUsers to permissionGroups",
                "replace BasicAuth with BasicAuthRequireTLS in authMechanism, or set requireTLS: true", "true or false"),
        POSTFIX_SERVICE("smtpd service",
                "require authentication before mail is accepted: on its master.cf line, -o smtpd_sasl_auth_enable=yes"
                        + " -o smtpd_client_restrictions= -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject",
                "let unauthenticated clients deliver to your domains: keep smtpd_tls_security_level at may on port 25"
                        + " (postconf -e smtpd_tls_security_level=may) and put no restriction that refuses every"
                        + " unauthenticated client before reject_unauth_destination",
                "postconf -e smtpd_tls_auth_only=yes (or -o smtpd_tls_auth_only=yes on the service's master.cf line)",
                "a restriction MailGuard can judge (an inline: table, or permit_sasl_authenticated followed by reject)");

        public final String noun;
        public final String anonymousOff;
        public final String anonymousOn;
        public final String requireTls;
        /** What decides whether anonymous senders are accepted, for a message that cannot tell. */
        public final String anonymousDecidedBy;

        Kind(String noun, String anonymousOff, String anonymousOn, String requireTls, String anonymousDecidedBy) {
            this.noun = noun;
            this.anonymousOff = anonymousOff;
            this.anonymousOn = anonymousOn;
            this.requireTls = requireTls;
            this.anonymousDecidedBy = anonymousDecidedBy;
        }
    }

    /**
     * A fact and where it was established.
     *
     * @param path where in the object it was read ({@code authentication/anonymous}, {@code permissionGroups/1})
     * @param property the property at fault, in dotted form, for messages and fingerprints
     * @param at where it was established when that is not below the object's YAML (a {@code main.cf} line),
     *     else {@code null}
     */
    public record Fact<T>(Value<T> value, String path, String property, Location at) {

        /** A fact read from the object's YAML at {@code path}. */
        public Fact(Value<T> value, String path, String property) {
            this(value, path, property, null);
        }
    }

    /**
     * One way unauthenticated clients may relay.
     *
     * @param path where the grant is written
     * @param property the property at fault, dotted
     * @param cause the grant in words, after the endpoint's name ({@code grants Relay permission to Everyone})
     * @param fix how to take it back
     * @param scope the client addresses it covers, or {@code null} for every client
     * @param scopePath where the scope's entries stand ({@code relay/hosts}); entry {@code i} at {@code scopePath/i}
     * @param undecided why it cannot be told whether this grant exists, or {@code null}
     * @param breadth the judgement of the scope (SPEC §6.5), made once for every rule; {@code null} without a scope
     * @param at where the grant is written when that is not below the object's YAML (a {@code main.cf} line), else
     *     {@code null}
     * @param scopeAt where each entry of the scope is written, likewise; {@code null} when they stand at {@code scopePath}
     */
    public record RelayGrant(String path, String property, String cause, String fix, List<Address> scope, String scopePath,
            Undecided undecided, RelayScope.Judgement breadth, Location at, List<Location> scopeAt) {

        public RelayGrant(String path, String property, String cause, String fix, List<Address> scope, String scopePath,
                Undecided undecided) {
            this(path, property, cause, fix, scope, scopePath, undecided,
                    scope == null ? null : RelayScope.judgeAddresses(scope), null, null);
        }
    }

    /**
     * A value a rule needs that cannot be read: {@code written} where {@code expected} belongs.
     *
     * @param question what cannot be told, after "cannot tell": {@code whether EXCH01/A lets every host relay}
     */
    public record Undecided(String question, String written, String expected) {
    }

    /** Where a fact was established: its own place, or its path below the object. */
    public Location location(Fact<?> fact) {
        return fact.at() != null ? fact.at() : source.location(fact.path());
    }

    /** Where a relay grant is written. */
    public Location location(RelayGrant grant) {
        return grant.at() != null ? grant.at() : source.location(grant.path());
    }

    /** Where entry {@code index} of a relay grant's scope is written. */
    public Location scopeLocation(RelayGrant grant, int index) {
        Location own = grant.scopeAt() == null ? null : grant.scopeAt().get(index);
        return own != null ? own : source.location(grant.scopePath() + "/" + index);
    }

    /** True when the role is known to be {@code role}. */
    public boolean is(Role role) {
        return this.role.value().is(role);
    }
}
