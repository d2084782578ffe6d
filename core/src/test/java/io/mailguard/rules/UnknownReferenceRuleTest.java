package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnknownReferenceRuleTest {

    @TempDir
    Path dir;

    @Test
    void aConnectorNamingAVirtualServerNoFileDeclaresIsReported() {
        List<Finding> findings = unknownReferences("""
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Internet SMTP
                connectors:
                  - name: Internet Connector
                    sourceVirtualServers:
                      - EXCH01/Internet SMTP
                      - EXCH01/Internal SMTP
                      - EXCH09/Internet SMTP
                    addressSpaces: ["*"]
                """);
        assertEquals(List.of("mail-1.yaml:11:9 sourceVirtualServers[EXCH01/Internal SMTP]",
                        "mail-1.yaml:12:9 sourceVirtualServers[EXCH09/Internet SMTP]"),
                findings.stream().map(f -> f.location() + " " + f.property()).toList());
    }

    @Test
    void aPostfixRoleForAServiceMasterCfDoesNotDeclareIsReportedAtItsKey() {
        List<Finding> findings = unknownReferences("""
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    roles:
                      10.0.0.5:2525: internal
                      10.0.0.6:2525: internal
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                        - {service: "10.0.0.5:2525", type: inet, command: smtpd}
                """);
        assertEquals(List.of("mail-1.yaml:8:7 roles.10.0.0.6:2525"),
                findings.stream().map(f -> f.location() + " " + f.property()).toList());
        assertEquals("MX1", findings.get(0).object());
    }

    @Test
    void aVirtualServerDeclaredInAnotherFileOfTheOrganizationIsKnown() {
        List<Finding> findings = unknownReferences("""
                apiVersion: mailguard/v1
                organization: contoso
                connectors:
                  - name: Internet Connector
                    sourceVirtualServers: [EXCH01/Internet SMTP, EXCH02/Internet SMTP]
                    addressSpaces: ["*"]
                """, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Internet SMTP
                  - name: EXCH02
                    smtpVirtualServers:
                      - name: Internet SMTP
                """);
        assertEquals(List.of(), findings);
    }

    private List<Finding> unknownReferences(String... files) {
        return RuleHarness.run(dir, files).findings().stream().filter(f -> f.rule().id().equals("MG102")).toList();
    }
}
