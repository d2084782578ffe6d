package io.mailguard.model;

import java.util.List;

/**
 * An SMTP virtual server of a server.
 *
 * @param server the server it belongs to, by name
 * @param role its role; {@code unspecified} when not declared
 * @param anonymousAccessException the recorded exception, or {@code null} when there is none
 */
public record SmtpVirtualServer(
        Source source,
        String server,
        String name,
        Value<Role> role,
        List<Binding> bindings,
        Authentication authentication,
        RelaySettings relay,
        Permissions permissions,
        AnonymousAccessException anonymousAccessException) {

    /** The name findings and references use: {@code EXCH02/Internal SMTP}. */
    public String objectName() {
        return server + "/" + name;
    }

    /** True when the role is known to be {@code role}. */
    public boolean is(Role role) {
        return this.role.is(role);
    }
}
