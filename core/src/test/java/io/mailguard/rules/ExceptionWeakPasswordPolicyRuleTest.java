package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExceptionWeakPasswordPolicyRuleTest {

    private final RuleHarness harness = new RuleHarness("MG008");

    @TempDir
    Path dir;

    @Test
    void anExceptionWithAWeakPasswordPolicyIsAnError() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: disabled
                  passwordPolicy:
                    minimumLength: 6
                    complexity: false
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication:
                          anonymous: true
                        anonymousAccessException:        # expect: MG008
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """);
        assertEquals("EXCH02/Internal SMTP has an anonymousAccessException, but the password policy is weak: its "
                + "minimumLength 6 at mail-1.yaml:6:20 is below 8 and its complexity is not true; declare a "
                + "passwordPolicy with minimumLength: 8 or more and complexity: true", findings.get(0).message());
    }

    @Test
    void aMissingPasswordPolicyCountsAsWeakEvenForAnExpiredException() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: disabled
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication: {anonymous: true}
                        anonymousAccessException: {reason: partners, approvedBy: security-team, expires: 2020-01-01}   # expect: MG008@9
                """);
        assertEquals("EXCH02/Internal SMTP has an anonymousAccessException, but the organization contoso declares no "
                + "accountPolicy.passwordPolicy; declare a passwordPolicy with minimumLength: 8 or more and complexity: true",
                findings.get(0).message());
    }

    @Test
    void noAccountPolicyAtAllAndAbsentValuesCountAsWeak() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        anonymousAccessException:        # expect: MG008
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """, """
                apiVersion: mailguard/v1
                organization: fabrikam
                accountPolicy:
                  passwordPolicy:
                    maximumAgeDays: 90
                servers:
                  - name: FAB01
                    smtpVirtualServers:
                      - name: Internal SMTP
                        anonymousAccessException:        # expect: MG008
                          reason: scanners cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """);
    }

    @Test
    void aStrongPolicyInAnotherFileOfTheOrganizationCounts() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: disabled
                  passwordPolicy:
                    minimumLength: 8
                    complexity: true
                """, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication:
                          anonymous: true
                        anonymousAccessException:
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """);
    }

    @Test
    void aWeakPolicyWithoutAnyExceptionIsNotThisRulesBusiness() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  passwordPolicy:
                    minimumLength: 4
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication:
                          anonymous: false
                """);
    }
}
