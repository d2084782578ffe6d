package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestAuthenticatedRelayRuleTest {

    private final RuleHarness harness = new RuleHarness("MG011");

    @TempDir
    Path dir;

    @Test
    void authenticatedRelayWithTheGuestAccountEnabledIsAnError() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: enabled
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        relay:
                          restriction: only-listed
                          allowAuthenticatedComputers: true     # expect: MG011
                      - name: Client SMTP
                        bindings: [{address: 10.0.0.40, port: 25}]
                        relay:
                          allowAuthenticatedComputers: false
                """);
        assertTrue(findings.get(0).message().contains("guest account is enabled at mail-1.yaml:4:17"),
                findings.get(0).message());
    }

    @Test
    void anAbsentSettingDefaultsToTrue() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server      # expect: MG011@9
                        role: internet-bridgehead
                      - name: Internal SMTP
                        bindings: [{address: 10.0.0.40, port: 25}]
                        relay:
                          restriction: only-listed             # expect: MG011@11
                """, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: enabled
                """);
        assertTrue(findings.get(0).message().contains("relay.allowAuthenticatedComputers defaults to true when absent"),
                findings.get(0).message());
    }

    @Test
    void aGuestAccountNotExplicitlyEnabledInTheSameOrganizationIsFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: disabled
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        relay:
                          allowAuthenticatedComputers: true
                """, """
                apiVersion: mailguard/v1
                organization: fabrikam
                servers:
                  - name: FAB01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                """, """
                apiVersion: mailguard/v1
                organization: northwind
                accountPolicy:
                  guestAccount: enabled
                """);
    }
}
