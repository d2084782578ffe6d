package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BridgeheadAnonymousDisabledRuleTest {

    private final RuleHarness harness = new RuleHarness("MG006");

    @TempDir
    Path dir;

    @Test
    void aBridgeheadWithAnonymousAccessOffIsAnError() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                        authentication:
                          anonymous: false         # expect: MG006
                          integratedWindows: true
                """);
    }

    @Test
    void anonymousAccessOnOrUndeclaredOrAnotherRoleIsFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                        authentication:
                          anonymous: true
                      - name: Second Bridgehead
                        role: internet-bridgehead
                        bindings: [{address: 10.0.0.40, port: 25}]
                      - name: Internal SMTP
                        role: internal
                        bindings: [{address: 10.0.0.41, port: 25}]
                        authentication:
                          anonymous: false
                """);
    }
}
