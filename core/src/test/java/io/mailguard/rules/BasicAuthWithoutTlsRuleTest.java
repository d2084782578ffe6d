package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BasicAuthWithoutTlsRuleTest {

    private final RuleHarness harness = new RuleHarness("MG015");

    @TempDir
    Path dir;

    @Test
    void basicAuthenticationWithoutTlsIsAWarning() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH03
                    smallBusinessServer: false
                    smtpVirtualServers:
                      - name: Client SMTP
                        role: imap-pop
                        authentication:
                          basic: true             # expect: MG015 warning
                          basicRequiresTls: false
                      - name: Legacy SMTP
                        bindings: [{address: 10.0.0.40, port: 25}]
                        authentication:
                          basic: true             # expect: MG015
                """);
    }

    @Test
    void tlsRequiredOrSmallBusinessServerOrNoBasicIsFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH03
                    smtpVirtualServers:
                      - name: Client SMTP
                        authentication:
                          basic: true
                          basicRequiresTls: true
                      - name: Internal SMTP
                        bindings: [{address: 10.0.0.40, port: 25}]
                        authentication:
                          basic: false
                  - name: SBS01
                    smallBusinessServer: true
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        authentication:
                          basic: true
                """);
    }
}
