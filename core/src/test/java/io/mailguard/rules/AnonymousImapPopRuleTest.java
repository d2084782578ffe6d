package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymousImapPopRuleTest {

    private final RuleHarness harness = new RuleHarness("MG004");

    @TempDir
    Path dir;

    @Test
    void anonymousAccessOnAnImapPopVirtualServerIsAnError() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH03
                    smtpVirtualServers:
                      - name: Client SMTP
                        role: imap-pop
                        authentication: {basic: true, basicRequiresTls: true, anonymous: true}   # expect: MG004@74
                """);
        assertTrue(findings.get(0).message().startsWith("EXCH03/Client SMTP is dedicated to IMAP and POP clients"));
    }

    @Test
    void aValidExceptionMakesItAWarningAndAnExpiredOneDoesNot() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: disabled
                  passwordPolicy: {minimumLength: 12, complexity: true}
                servers:
                  - name: EXCH03
                    smtpVirtualServers:
                      - name: Client SMTP
                        role: imap-pop
                        authentication:
                          anonymous: true          # expect: MG004 warning
                        anonymousAccessException:
                          reason: legacy scanners cannot authenticate
                          approvedBy: security-team
                          expires: 2027-01-31
                      - name: Old Client SMTP
                        role: imap-pop
                        bindings: [{address: 10.0.0.40, port: 25}]
                        authentication:
                          anonymous: true          # expect: MG004 error
                        anonymousAccessException:
                          reason: legacy scanners cannot authenticate
                          approvedBy: security-team
                          expires: 2025-01-31
                """);
    }

    @Test
    void authenticatedOnlyAccessIsFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH03
                    smtpVirtualServers:
                      - name: Client SMTP
                        role: imap-pop
                        authentication:
                          anonymous: false
                          basic: true
                          basicRequiresTls: true
                """);
    }
}
