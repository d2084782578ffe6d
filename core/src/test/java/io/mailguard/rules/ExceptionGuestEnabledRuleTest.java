package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExceptionGuestEnabledRuleTest {

    private final RuleHarness harness = new RuleHarness("MG009");

    @TempDir
    Path dir;

    @Test
    void anExceptionWithTheGuestAccountEnabledIsAnError() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: enabled
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication:
                          anonymous: true
                        anonymousAccessException:        # expect: MG009
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """);
        assertEquals("EXCH02/Internal SMTP has an anonymousAccessException, but the guest account is enabled at "
                + "mail-1.yaml:4:17; "
                + "set accountPolicy.guestAccount: disabled", findings.get(0).message());
    }

    @Test
    void anUndeclaredGuestAccountCountsAsNotDisabled() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  passwordPolicy: {minimumLength: 12, complexity: true}
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        anonymousAccessException:        # expect: MG009
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """, """
                apiVersion: mailguard/v1
                organization: fabrikam
                servers:
                  - name: FAB01
                    smtpVirtualServers:
                      - name: Internal SMTP
                        anonymousAccessException:        # expect: MG009
                          reason: scanners cannot authenticate
                          approvedBy: security-team
                          expires: 2020-06-30
                """);
    }

    @Test
    void aDisabledGuestAccountInAnotherFileOfTheOrganizationCounts() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: disabled
                """, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        anonymousAccessException:
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """);
    }

    @Test
    void anEnabledGuestAccountWithoutAnyExceptionIsNotThisRulesBusiness() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: enabled
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                """);
    }
}
