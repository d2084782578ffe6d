package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorRelayRuleTest {

    private final RuleHarness harness = new RuleHarness("MG002");

    @TempDir
    Path dir;

    @Test
    void everyRelayDomainIsReported() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                connectors:
                  - name: Internet Connector
                    sourceVirtualServers: [EXCH01/Default SMTP Virtual Server]
                    addressSpaces: ["*"]
                    relayDomains:
                      - "*"                 # expect: MG002
                      - fabrikam.com        # expect: MG002
                """);
        assertEquals(List.of("relayDomains[*]", "relayDomains[fabrikam.com]"), findings.stream().map(Finding::property).toList());
        assertEquals("Internet Connector", findings.get(0).object());
    }

    @Test
    void aConnectorWithoutRelayDomainsIsFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                connectors:
                  - name: Internet Connector
                    addressSpaces: ["*"]
                    relayDomains: []
                  - name: Partner Connector
                    addressSpaces: [fabrikam.com]
                """);
    }

    @Test
    void aTopLevelDomainInPostfixRelayDomainsRelaysForEveryDomainUnderIt() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        relay_domains: contoso.com, .com   # expect: MG002@37
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                        - {service: submission, type: inet, command: smtpd, options: {smtpd_sasl_auth_enable: "yes", smtpd_tls_auth_only: "yes"}}
                """);
        assertEquals("relay_domains[.com]", findings.get(0).property());
    }

    @Test
    void namedPostfixRelayDomainsAreFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        relay_domains: contoso.com fabrikam.co.uk hash:/etc/postfix/relay_domains
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }
}
