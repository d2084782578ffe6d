package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BridgeheadSubmissionsRestrictedRuleTest {

    private final RuleHarness harness = new RuleHarness("MG007");

    @TempDir
    Path dir;

    @Test
    void aBridgeheadThatRestrictsSubmitIsAnError() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                        permissions:
                          submit: [Authenticated Users, Domain Admins]   # expect: MG007
                      - name: Second Bridgehead
                        role: internet-bridgehead
                        bindings: [{address: 10.0.0.40, port: 25}]
                        permissions:
                          submit: []                                     # expect: MG007
                """);
        assertEquals("EXCH01/Default SMTP Virtual Server accepts Internet mail but grants Submit only to Authenticated "
                + "Users, Domain Admins, so Internet servers cannot deliver to it; add Everyone to permissions.submit",
                findings.get(0).message());
        assertEquals("permissions.submit", findings.get(0).property());
    }

    @Test
    void submitForAnyoneInAnySpellingOrUndeclaredIsFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                        permissions:
                          submit: [everyone]
                      - name: Second Bridgehead
                        role: internet-bridgehead
                        bindings: [{address: 10.0.0.40, port: 25}]
                        permissions:
                          submit: [Domain Admins, "NT AUTHORITY\\\\ANONYMOUS LOGON"]
                      - name: Third Bridgehead
                        role: internet-bridgehead
                        bindings: [{address: 10.0.0.41, port: 25}]
                      - name: Internal SMTP
                        role: internal
                        bindings: [{address: 10.0.0.42, port: 25}]
                        permissions:
                          submit: [Exchange Domain Servers]
                """);
    }
}
