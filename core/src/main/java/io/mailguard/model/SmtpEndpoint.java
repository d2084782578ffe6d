package io.mailguard.model;

import java.util.List;

/**
 * An SMTP endpoint of any product — an Exchange 2003 virtual server, a receive connector — lowered to the
 * facts the product-neutral rules judge. Each fact keeps the path it was read from, so a finding lands on
 * the product's own key; a fact that cannot be established is an invalid {@link Value}.
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
                "set authentication.basicRequiresTls: true"),
        RECEIVE_CONNECTOR("receive connector", "remove AnonymousUsers from permissionGroups",
                "add AnonymousUsers to permissionGroups",
                "replace BasicAuth with BasicAuthRequireTLS in authMechanism, or set requireTLS: true");

        public final String noun;
        public final String anonymousOff;
        public final String anonymousOn;
        public final String requireTls;

        Kind(String noun, String anonymousOff, String anonymousOn, String requireTls) {
            this.noun = noun;
            this.anonymousOff = anonymousOff;
            this.anonymousOn = anonymousOn;
            this.requireTls = requireTls;
        }
    }

    /**
     * A fact and where it was established.
     *
     * @param path where in the object it was read ({@code authentication/anonymous}, {@code permissionGroups/1})
     * @param property the property at fault, in dotted form, for messages and fingerprints
     */
    public record Fact<T>(Value<T> value, String path, String property) {
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
     */
    public record RelayGrant(String path, String property, String cause, String fix, List<Address> scope, String scopePath,
            Undecided undecided, RelayScope.Judgement breadth) {

        public RelayGrant(String path, String property, String cause, String fix, List<Address> scope, String scopePath,
                Undecided undecided) {
            this(path, property, cause, fix, scope, scopePath, undecided,
                    scope == null ? null : RelayScope.judgeAddresses(scope));
        }
    }

    /**
     * A value a rule needs that cannot be read: {@code written} where {@code expected} belongs.
     *
     * @param question what cannot be told, after "cannot tell": {@code whether EXCH01/A lets every host relay}
     */
    public record Undecided(String question, String written, String expected) {
    }

    /** True when the role is known to be {@code role}. */
    public boolean is(Role role) {
        return this.role.value().is(role);
    }
}
