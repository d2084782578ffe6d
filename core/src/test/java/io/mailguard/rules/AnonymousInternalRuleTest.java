package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymousInternalRuleTest {

    private final RuleHarness harness = new RuleHarness("MG003");

    private final RuleHarness withExpiry = new RuleHarness("MG003", "MG010");

    @TempDir
    Path dir;

    @Test
    void anonymousAccessOnAnInternalVirtualServerIsAnError() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication:
                          anonymous: true          # expect: MG003 error
                          integratedWindows: true
                """);
        assertEquals("EXCH02/Internal SMTP", findings.get(0).object());
        assertEquals("authentication.anonymous", findings.get(0).property());
        assertEquals("EXCH02/Internal SMTP is an internal virtual server and allows anonymous access; "
                + "set authentication.anonymous: false", findings.get(0).message());
    }

    @Test
    void aValidExceptionMakesItAWarningThatNamesTheException() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: disabled
                  passwordPolicy: {minimumLength: 12, complexity: true}
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication:
                          anonymous: true          # expect: MG003 warning
                        anonymousAccessException:
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                      - name: Partner SMTP
                        role: internal
                        bindings: [{address: 10.0.0.40, port: 25}]
                        authentication:
                          anonymous: true          # expect: MG003 warning
                        anonymousAccessException:
                          reason: expires today, so still valid today
                          approvedBy: security-team
                          expires: 2026-11-27
                """);
        assertEquals("EXCH02/Internal SMTP is an internal virtual server and allows anonymous access under an "
                + "anonymousAccessException (\"Fabrikam partner servers cannot authenticate\") approved by security-team "
                + "until 2027-06-30; set authentication.anonymous: false before the exception expires",
                findings.get(0).message());
    }

    @Test
    void anExpiredExceptionNoLongerDowngrades() {
        withExpiry.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: disabled
                  passwordPolicy: {minimumLength: 12, complexity: true}
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication:
                          anonymous: true          # expect: MG003 error
                        anonymousAccessException:
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2026-11-26      # expect: MG010
                """);
    }

    @Test
    void onlyAnExplicitTrueOnAnInternalVirtualServerCounts() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                        authentication:
                          anonymous: false
                      - name: Internal SMTP 2
                        role: internal
                        bindings: [{address: 10.0.0.40, port: 25}]
                        authentication:
                          integratedWindows: true
                      - name: Internet SMTP
                        role: internet-bridgehead
                        bindings: [{address: 10.0.0.41, port: 25}]
                        authentication:
                          anonymous: true
                """);
    }
}
