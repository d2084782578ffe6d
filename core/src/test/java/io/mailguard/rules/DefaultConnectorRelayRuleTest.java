package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultConnectorRelayRuleTest {

    private static final String HEADER = """
            apiVersion: mailguard/v1
            organization: contoso
            accountPolicy:
              guestAccount: disabled
              passwordPolicy: {minimumLength: 12, complexity: true}
            """;

    @TempDir
    Path dir;

    @Test
    void relayOnADefaultConnectorIsWarnedEvenWhenItsScopeIsNarrow() {
        new RuleHarness("MG016", "MG001").check(dir, HEADER + """
                servers:
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: Default Frontend EX19-01
                        remoteIPRanges: [10.20.0.31]
                        permissionGroups: [AnonymousUsers]
                        adPermissions:
                          - user: S-1-5-7                    # expect: MG016@13
                            extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]
                      - name: Printers EX19-01
                        remoteIPRanges: [10.20.0.31]
                        permissionGroups: [AnonymousUsers]
                        adPermissions:
                          - user: S-1-5-7
                            extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]
                """);
    }

    @Test
    void theDefaultConnectorsAsShippedAreQuiet() {
        new RuleHarness("MG016", "MG001").check(dir, HEADER + """
                servers:
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: Default Frontend EX19-01
                        transportRole: FrontendTransport
                        remoteIPRanges: ["0.0.0.0-255.255.255.255", "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"]
                        permissionGroups: [AnonymousUsers, ExchangeServers, ExchangeLegacyServers]
                        authMechanism: [Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer]
                      - name: Default EX19-01
                        transportRole: HubTransport
                        permissionGroups: [ExchangeUsers, ExchangeServers, ExchangeLegacyServers]
                        authMechanism: [Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer]
                """);
    }
}
