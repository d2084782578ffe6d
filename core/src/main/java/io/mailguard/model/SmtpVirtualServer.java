package io.mailguard.model;

import java.util.List;

/**
 * An SMTP virtual server of a server.
 *
 * @param server the server it belongs to, by name
 * @param anonymousAccessException the recorded exception, or {@code null}
 */
public record SmtpVirtualServer(
        Source source,
        String server,
        String name,
        Role role,
        List<Binding> bindings,
        Authentication authentication,
        RelaySettings relay,
        Permissions permissions,
        AnonymousAccessException anonymousAccessException) {

    /** The name findings and references use: {@code EXCH02/Internal SMTP}. */
    public String objectName() {
        return server + "/" + name;
    }

    /** True when the configuration says anonymous access is on. */
    public boolean allowsAnonymous() {
        return Boolean.TRUE.equals(authentication.anonymous());
    }
}
