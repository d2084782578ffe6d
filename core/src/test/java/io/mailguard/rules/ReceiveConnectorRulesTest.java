package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product-neutral rules on Exchange 2007-or-later receive connectors (SPEC §8): the same ids as on
 * virtual servers, each finding on the connector's own key.
 */
class ReceiveConnectorRulesTest {

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
    void theDefaultConnectorsOf2013AndLaterHaveTheirRolesInferred() {
        new RuleHarness("MG003", "MG004", "MG005", "MG006").check(dir, HEADER + """
                servers:
                  - name: EX19-01
                    product: exchange-2019
                    mailboxes: 800
                    receiveConnectors:
                      - name: Default Frontend EX19-01
                        transportRole: FrontendTransport
                        permissionGroups: [ExchangeServers]     # expect: MG006
                      - name: Default EX19-01
                        transportRole: HubTransport
                        permissionGroups: [ExchangeServers, AnonymousUsers]   # expect: MG003@45
                      - name: Client Frontend EX19-01
                        transportRole: FrontendTransport
                        permissionGroups: [ExchangeUsers, AnonymousUsers]     # expect: MG004@43
                      - name: Outbound Proxy Frontend EX19-01
                        transportRole: FrontendTransport
                        permissionGroups: [ExchangeServers]
                      - name: Partners EX19-01
                        role: partner
                        permissionGroups: [AnonymousUsers, Partners]
                      - name: Scanners EX19-01
                        permissionGroups: [AnonymousUsers]      # expect: MG005@28
                """);
    }

    @Test
    void aWrittenRoleWinsAndNothingIsInferredOn2007And2010() {
        List<Finding> findings = new RuleHarness("MG003", "MG004", "MG005", "MG006").check(dir, HEADER + """
                servers:
                  - name: EX10-01
                    product: exchange-2010
                    mailboxes: 300
                    receiveConnectors:
                      - name: Default EX10-01
                        permissionGroups: [AnonymousUsers, ExchangeUsers]   # expect: MG005@28
                      - name: Client EX10-01
                        role: client-submission
                        permissionGroups: [AnonymousUsers]                  # expect: MG004@28
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: Default Frontend EX19-01
                        role: internal
                        permissionGroups: [AnonymousUsers]                  # expect: MG003@28
                """);
        assertTrue(findings.stream().anyMatch(f -> f.message().equals("EX10-01\\Client EX10-01 is the receive connector IMAP "
                + "and POP clients submit to and allows anonymous access; remove AnonymousUsers from permissionGroups")),
                findings.toString());
    }

    @Test
    void anonymousRelayFromAnInternetWideScopeIsAnOpenRelayInEveryLanguageAndForm() {
        List<Finding> findings = new RuleHarness("MG001", "MG017").check(dir, HEADER + """
                servers:
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: German export
                        remoteIPRanges:
                          - 0.0.0.0-127.255.255.255
                          - 128.0.0.0/1                          # expect: MG001
                        adPermissions:
                          - user: NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG
                            sid: S-1-5-7
                            extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]
                      - name: Externally secured
                        permissionGroups: [ExchangeServers]
                        authMechanism: [Tls, ExternalAuthoritative]   # expect: MG001@30
                      - name: Broad
                        remoteIPRanges: [10.20.0.0-10.20.3.255]       # expect: MG017@26
                        adPermissions:
                          - {user: Everyone, extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]}
                      - name: Denied
                        remoteIPRanges: [0.0.0.0/0]
                        adPermissions:
                          - {user: NT AUTHORITY\\ANONYMOUS LOGON, extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]}
                          - {user: S-1-5-7, deny: true, extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]}
                      - name: Printers
                        remoteIPRanges: [10.20.0.31, 10.20.0.32, "fd00::31"]
                        adPermissions:
                          - {user: S-1-5-7, extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]}
                      - name: Authenticated only
                        remoteIPRanges: [0.0.0.0/0]
                        adPermissions:
                          - {user: NT AUTHORITY\\Authenticated Users, extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]}
                """);
        assertEquals("EX19-01\\German export lets strangers relay: anonymous senders hold ms-Exch-SMTP-Accept-Any-Recipient "
                + "(adPermissions grants it to NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG) and its remoteIPRanges "
                + "(0.0.0.0-127.255.255.255, 128.0.0.0/1) together cover every IPv4 address; limit remoteIPRanges to the "
                + "hosts that must relay on a dedicated connector, or take the right back (Remove-ADPermission)",
                findings.get(0).message());
        assertTrue(findings.get(1).message().contains("every sender counts as an Exchange server")
                && findings.get(1).message().contains("remoteIPRanges is not set"), findings.get(1).message());
    }

    @Test
    void passwordsNeedTlsOnConnectorsToo() {
        new RuleHarness("MG015").check(dir, HEADER + """
                servers:
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: Clear
                        authMechanism: [Tls, BasicAuth]          # expect: MG015@30
                      - name: Basic over TLS
                        authMechanism: [Tls, BasicAuth, BasicAuthRequireTLS]
                      - name: TLS required
                        authMechanism: [BasicAuth]
                        requireTLS: true
                """);
    }

    @Test
    void aWildcardAcceptedDomainOfARelayTypeRelaysEverything() {
        new RuleHarness("MG002").check(dir, HEADER + """
                acceptedDomains:
                  - name: Everything
                    domainName: "*"                  # expect: MG002
                    domainType: InternalRelay
                  - name: Contoso
                    domainName: contoso.com
                    domainType: Authoritative
                  - name: Partners
                    domainName: "*.fabrikam.com"
                    domainType: ExternalRelay
                """);
    }

    @Test
    void anExceptionOnAConnectorLowersMg003AndBringsItsControlsIn() {
        new RuleHarness("MG003", "MG008", "MG009").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: Default EX19-01
                        transportRole: HubTransport
                        permissionGroups: [ExchangeServers, AnonymousUsers]   # expect: MG003 warning@45
                        anonymousAccessException:                           # expect: MG008 MG009
                          reason: the legacy fax gateway cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """);
    }
}
