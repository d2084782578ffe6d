package io.mailguard.check;

/** Configuration the engine tests of this package check. */
final class Topologies {

    /** An internal virtual server open to anonymous clients: one MG003. */
    static final String ANONYMOUS_INTERNAL = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH02
                product: exchange-2003
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    authentication: {anonymous: true}
            """;

    private Topologies() {
    }
}
