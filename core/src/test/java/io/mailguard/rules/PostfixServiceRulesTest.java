package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product-neutral rules on Postfix smtpd services written inline: each finding on the YAML value at fault. */
class PostfixServiceRulesTest {

    @TempDir
    Path dir;

    @Test
    void mynetworksOfEveryAddressBeforeTheGuardIsAnOpenRelay() {
        List<Finding> findings = new RuleHarness("MG001", "MG017").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        mynetworks: 127.0.0.0/8 0.0.0.0/0   # expect: MG001@33
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                  - name: MX2
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        mynetworks: 127.0.0.1, 203.0.113.0/24   # expect: MG017@32
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
        assertEquals("MX1/smtp", findings.get(0).object());
        assertEquals("mynetworks", findings.get(0).property());
        assertTrue(findings.get(0).message().contains("postconf -e 'mynetworks"), findings.get(0).message());
    }

    @Test
    void aPermitBeforeTheGuardLetsEveryClientRelay() {
        List<Finding> findings = new RuleHarness("MG001").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_relay_restrictions: "check_client_access static:OK, reject_unauth_destination"   # expect: MG001@35
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
        assertTrue(findings.get(0).message().startsWith("MX1/smtp is an open relay"), findings.get(0).message());
    }

    @Test
    void theDefaultsOfARecentLevelAreQuiet() {
        new RuleHarness("MG001", "MG003", "MG004", "MG005", "MG006", "MG015", "MG017").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        mynetworks: 127.0.0.0/8 [::1]/128
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                        - service: submission
                          type: inet
                          command: smtpd
                          options:
                            smtpd_tls_security_level: encrypt
                            smtpd_sasl_auth_enable: "yes"
                            smtpd_tls_auth_only: "yes"
                            smtpd_client_restrictions: permit_sasl_authenticated,reject
                """);
    }

    @Test
    void submissionWithoutAuthenticationTakesAnonymousMail() {
        List<Finding> findings = new RuleHarness("MG004", "MG006", "MG015").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_tls_security_level: encrypt   # expect: MG006
                        smtpd_sasl_auth_enable: "yes"
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                        - {service: submission, type: inet, command: smtpd}   # expect: MG004@11
                """);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("-o smtpd_sasl_auth_enable=yes")),
                () -> findings.stream().map(Finding::message).toList().toString());
    }

    @Test
    void saslWithoutTlsSendsPasswordsInClear() {
        new RuleHarness("MG015").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                        - service: submission
                          type: inet
                          command: smtpd
                          options:
                            smtpd_sasl_auth_enable: "yes"   # expect: MG015
                            smtpd_recipient_restrictions: permit_sasl_authenticated,reject
                """);
    }
}
