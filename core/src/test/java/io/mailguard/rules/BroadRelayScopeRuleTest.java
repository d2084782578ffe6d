package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BroadRelayScopeRuleTest {

    private final RuleHarness harness = new RuleHarness("MG017", "MG001");

    @TempDir
    Path dir;

    @Test
    void aScopeBroaderThanTheHostsThatRelayIsAWarning() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Private subnet
                        relay: {hosts: [10.1.0.0/23]}                 # expect: MG017@25
                      - name: Two private halves
                        relay: {hosts: [10.1.0.0/24, 10.1.1.0/25, 10.1.1.128/25]}   # expect: MG017@25
                      - name: Public block
                        relay: {hosts: [192.0.2.0/27]}                # expect: MG017@25
                      - name: Mapped public block
                        relay: {hosts: ["::ffff:192.0.2.0/123"]}      # expect: MG017@25
                      - name: Public IPv6
                        relay: {hosts: ["2001:db8::/120"]}            # expect: MG017@25
                      - name: Private IPv6
                        relay: {hosts: ["fd00::/48"]}                 # expect: MG017@25
                """);
        assertTrue(findings.get(0).message().contains("lets 512 private IPv4 addresses relay, more than 256"),
                findings.get(0).message());
        assertTrue(findings.get(2).message().contains("lets 32 public IPv4 addresses relay, more than a /28's 16"),
                findings.get(2).message());
    }

    /** The finding names the range that makes the scope broad, not the loopback block beside it (the larger one). */
    @Test
    void pointsAtThePublicRangeNotAtLoopback() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Loopback beside a public block
                        relay:
                          hosts:
                            - 127.0.0.0/8
                            - 10.1.0.0/30
                            - 192.0.2.0/27                            # expect: MG017@15
                """);
    }

    @Test
    void namedHostsLoopbackAndSmallRangesAreQuiet() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Printers
                        relay: {hosts: [10.1.0.21, 10.1.0.22, 192.0.2.10]}
                      - name: Small ranges
                        relay: {hosts: [10.1.0.0/24, 192.0.2.0/28, "2001:db8::/124", "fd00::/64"]}
                      - name: Loopback
                        relay: {hosts: [127.0.0.0/8, "::1"]}
                      - name: All but the listed
                        relay: {restriction: all-except-listed, hosts: [10.0.0.0/8]}   # expect: MG001@30
                """);
    }
}
