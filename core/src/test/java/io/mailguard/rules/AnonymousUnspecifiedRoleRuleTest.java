package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnonymousUnspecifiedRoleRuleTest {

    private final RuleHarness harness = new RuleHarness("MG005");

    @TempDir
    Path dir;

    @Test
    void moreThanTwentyMailboxesFiresAndTwentyDoesNot() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: BRANCH20
                    mailboxes: 20
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        authentication:
                          anonymous: true
                  - name: BRANCH21
                    mailboxes: 21
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        authentication:
                          anonymous: true          # expect: MG005 warning
                """);
    }

    @Test
    void anUnknownMailboxCountCountsAsMoreThanTwenty() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: unspecified
                        authentication:
                          anonymous: true          # expect: MG005
                """);
        assertTrue(findings.get(0).message().contains("mailbox count unknown, treated as more than 20"),
                findings.get(0).message());
    }

    @Test
    void smallBusinessServerIsExempt() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: SBS01
                    smallBusinessServer: true
                    mailboxes: 350
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        authentication:
                          anonymous: true
                  - name: EXCH01
                    smallBusinessServer: false
                    mailboxes: 350
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        authentication:
                          anonymous: true          # expect: MG005
                """);
    }

    @Test
    void aDeclaredRoleOrAnonymousAccessOffDoesNotFire() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    mailboxes: 350
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                        authentication:
                          anonymous: true
                      - name: Internal SMTP
                        role: internal
                        bindings: [{address: 10.0.0.40, port: 25}]
                        authentication:
                          anonymous: true
                      - name: Spare SMTP
                        bindings: [{address: 10.0.0.41, port: 25}]
                        authentication:
                          anonymous: false
                      - name: Unconfigured SMTP
                        bindings: [{address: 10.0.0.42, port: 25}]
                """);
    }
}
