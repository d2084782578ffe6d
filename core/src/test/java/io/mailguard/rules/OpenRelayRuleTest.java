package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenRelayRuleTest {

    private final RuleHarness harness = new RuleHarness("MG001");

    @TempDir
    Path dir;

    @Test
    void allExceptListedIsAnOpenRelay() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                        relay:
                          restriction: all-except-listed   # expect: MG001
                          hosts: []
                """);
        assertEquals("relay.restriction", findings.get(0).property());
        assertTrue(findings.get(0).message().startsWith("EXCH01/Default SMTP Virtual Server lets every host relay"));
    }

    @Test
    void everySpellingOfEveryAddressIsAnOpenRelay() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: A
                        relay:
                          restriction: only-listed
                          hosts:
                            - 10.0.0.0/8
                            - 0.0.0.0/0          # expect: MG001
                      - name: B
                        relay: {hosts: ["::/0"]}    # expect: MG001@25
                      - name: C
                        relay: {hosts: [0:0::0/0]}  # expect: MG001@25
                      - name: D
                        relay: {hosts: ["::ffff:0.0.0.0/96"]}  # expect: MG001@25
                """);
        assertEquals(List.of("relay.hosts"), findings.stream().map(Finding::property).distinct().toList());
        assertTrue(findings.get(0).message().contains("covers every IPv4 address"), findings.get(0).message());
    }

    @Test
    void rangesAreJudgedTogether() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Halves
                        relay: {hosts: [0.0.0.0/1, 128.0.0.0/1]}   # expect: MG001@36
                      - name: Quarters
                        relay:
                          hosts:
                            - 192.0.0.0/2        # expect: MG001
                            - 10.0.0.1
                            - 0.0.0.0/2
                            - 64.0.0.0/2
                            - 128.0.0.0/2
                      - name: IPv6 halves
                        relay: {hosts: ["::/1", "8000::/1"]}      # expect: MG001@25
                      - name: Public
                        relay: {hosts: [198.51.0.0/16, 203.0.113.0/24]}   # expect: MG001@25
                      - name: Public IPv6
                        relay: {hosts: ["2001:db8::/32"]}         # expect: MG001@25
                """);
        assertTrue(findings.get(0).message().contains("together cover every IPv4 address"), findings.get(0).message());
        assertTrue(findings.get(3).message().contains("lets 65,792 public IPv4 addresses relay"), findings.get(3).message());
    }

    @Test
    void relayPermissionForAnyoneIsAnOpenRelayInEverySpelling() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        permissions:
                          relay:
                            - Exchange Domain Servers
                            - everyone                          # expect: MG001
                            - NT AUTHORITY\\ANONYMOUS LOGON     # expect: MG001
                            - Authenticated Users
                """);
        assertEquals(List.of("permissions.relay[everyone]", "permissions.relay[NT AUTHORITY\\ANONYMOUS LOGON]"),
                findings.stream().map(Finding::property).toList());
    }

    @Test
    void oneFindingPerCause() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        relay:
                          restriction: all-except-listed   # expect: MG001
                          hosts: [192.0.2.10, 0.0.0.0/0]
                        permissions:
                          relay: [Everyone]                # expect: MG001@19
                      - name: Second
                        relay:
                          hosts: [192.0.2.10, 0.0.0.0/0]   # expect: MG001@31
                        permissions:
                          relay: [Everyone]                # expect: MG001@19
                """);
    }

    @Test
    void relayOnlyForListedHostsAndNamedGroupsIsNotAnOpenRelay() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                        relay:
                          restriction: only-listed
                          hosts: [10.0.0.21, 10.0.0.0/24, 127.0.0.0/8, "2001:db8::/124", "::1"]
                        permissions:
                          submit: [Everyone]
                          relay: [Exchange Domain Servers]
                      - name: Client SMTP
                        bindings:
                          - address: 10.0.0.12
                            port: 587
                """);
    }
}
