package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MG018: no working relay guard, as Postfix decides it. */
class NoRelayGuardRuleTest {

    @TempDir
    Path dir;

    @Test
    void aPermitBeforeTheGuardDisablesIt() {
        List<Finding> findings = new RuleHarness("MG018").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_relay_restrictions: permit, reject_unauth_destination   # expect: MG018
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
        assertTrue(findings.get(0).message().contains("permit disables the one after it"), findings.get(0).message());
    }

    @Test
    void noListWithAGuardAtTheBuiltInLevel() {
        new RuleHarness("MG018").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "0"
                        smtpd_recipient_restrictions: permit_mynetworks   # expect: MG018
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }

    @Test
    void aGuardInEitherListIsEnough() {
        new RuleHarness("MG018").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_relay_restrictions: ""
                        smtpd_recipient_restrictions: permit_mynetworks, reject_unauth_destination
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }
}
