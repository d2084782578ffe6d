package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BroadSubmitRelayPermissionsRuleTest {

    private final RuleHarness harness = new RuleHarness("MG014");

    @TempDir
    Path dir;

    @Test
    void everyBroadPrincipalOnInternalAndImapPopServersIsReported() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        permissions:
                          submit:
                            - Exchange Domain Servers
                            - everyone                               # expect: MG014 info
                          relay:
                            - NT AUTHORITY\\Authenticated Users       # expect: MG014
                      - name: Client SMTP
                        role: imap-pop
                        bindings: [{address: 10.0.0.40, port: 587}]
                        permissions:
                          submit: [Authenticated Users]              # expect: MG014@20
                """);
        assertEquals(List.of("permissions.submit[everyone]", "permissions.relay[NT AUTHORITY\\Authenticated Users]",
                "permissions.submit[Authenticated Users]"), findings.stream().map(Finding::property).toList());
        assertEquals("EXCH02/Internal SMTP grants Submit to everyone; grant it only to the named groups that need it, "
                + "such as Exchange Domain Servers", findings.get(0).message());
    }

    @Test
    void namedGroupsAndOtherRolesAreFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        permissions:
                          submit: [Exchange Domain Servers]
                          relay: [Exchange Domain Servers]
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                        bindings: [{address: 10.0.0.40, port: 25}]
                        permissions:
                          submit: [Everyone]
                      - name: Spare SMTP
                        bindings: [{address: 10.0.0.41, port: 25}]
                        permissions:
                          submit: [Authenticated Users]
                """);
    }
}
