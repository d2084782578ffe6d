package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateBindingRuleTest {

    private final RuleHarness harness = new RuleHarness("MG103");

    @TempDir
    Path dir;

    @Test
    void twoVirtualServersOnOneAddressAndPortInEverySpelling() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: A
                        bindings: [{address: "::1", port: 25}]
                      - name: B
                        bindings:
                          - {address: "0:0::1", port: 25}    # expect: MG103@13
                """);
    }

    @Test
    void anotherPortOrAnotherServerIsFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - {name: A, bindings: [{address: 10.0.0.1, port: 25}]}
                      - {name: B, bindings: [{address: 10.0.0.1, port: 587}]}
                  - name: EXCH02
                    smtpVirtualServers:
                      - {name: A, bindings: [{address: 10.0.0.1, port: 25}]}
                """);
    }
}
