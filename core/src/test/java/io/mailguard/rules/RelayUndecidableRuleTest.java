package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MG021: relaying that depends on what MailGuard cannot see is said, not passed. */
class RelayUndecidableRuleTest {

    @TempDir
    Path dir;

    @Test
    void aTableBeforeTheGuard() {
        new RuleHarness("MG021").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_relay_restrictions: "check_client_access hash:/etc/postfix/relay_clients, reject_unauth_destination"   # expect: MG021@35
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }

    @Test
    void networksDerivedFromTheHost() {
        new RuleHarness("MG021").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        mynetworks_style: subnet   # expect: MG021
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }

    @Test
    void aTableAfterTheGuardDoesNotMatter() {
        new RuleHarness("MG021").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_relay_restrictions: "reject_unauth_destination, check_client_access hash:/etc/postfix/relay_clients"
                        mynetworks: 127.0.0.0/8
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }
}
