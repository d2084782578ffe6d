package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadAddressRuleTest {

    private final RuleHarness harness = new RuleHarness("MG104", "MG001");

    @TempDir
    Path dir;

    @Test
    void anAddressThatDoesNotParseIsReportedAndTheRelayRuleFailsClosed() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: A
                        bindings: [{address: 10.0.0.0/8, port: 25}]        # expect: MG104@30
                        relay:
                          hosts: [mail.contoso.com]                        # expect: MG104@19 MG001@19
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: Printers
                        remoteIPRanges: [10.0.0.9-10.0.0.1]                # expect: MG104@26
                """);
    }

    @Test
    void everyFormEachProductAcceptsParses() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: A
                        bindings: [{address: all-unassigned, port: 25}, {address: "2001:db8::1", port: 587}]
                        relay: {hosts: [10.0.0.1, "::ffff:10.0.0.0/120"]}
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: Printers
                        remoteIPRanges: [10.0.0.1-10.0.0.9, 10.0.1.0/28, "fd00::1", "fd00::1-fd00::9"]
                """);
    }
}
