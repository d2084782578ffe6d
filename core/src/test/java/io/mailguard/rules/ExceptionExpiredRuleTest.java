package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExceptionExpiredRuleTest {

    private final RuleHarness harness = new RuleHarness("MG010");

    @TempDir
    Path dir;

    @Test
    void anExceptionPastItsDateIsAnError() {
        List<Finding> findings = harness.check(dir, """
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
                          expires: 2026-11-26            # expect: MG010
                """);
        assertEquals("anonymousAccessException.expires", findings.get(0).property());
        assertEquals("the anonymousAccessException of EXCH02/Internal SMTP, approved by security-team, expired on "
                + "2026-11-26; turn anonymous access off, or have the exception approved again with a new expires date",
                findings.get(0).message());
    }

    @Test
    void anExceptionExpiringTodayOrLaterIsValid() {
        harness.check(dir, """
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
                          expires: 2026-11-27
                      - name: Client SMTP
                        role: imap-pop
                        bindings: [{address: 10.0.0.40, port: 25}]
                        anonymousAccessException: {reason: scanners, approvedBy: security-team, expires: 2099-12-31}
                """);
    }
}
