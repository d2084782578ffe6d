package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MG110 for Postfix: misread values, unknown restrictions, and no declared compatibility level. */
class PostfixConfigSyntaxRuleTest {

    @TempDir
    Path dir;

    @Test
    void aCommentAfterAValue() {
        new RuleHarness("MG110").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        mynetworks: "127.0.0.0/8 # office"   # expect: MG110@33
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }

    @Test
    void anUnknownRestriction() {
        new RuleHarness("MG110").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_recipient_restrictions: reject_unknown_foo, reject_unauth_destination   # expect: MG110
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }

    @Test
    void noCompatibilityLevelIsSaid() {
        new RuleHarness("MG110").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:   # expect: MG110 info@5
                      parameters:
                        mynetworks: 127.0.0.0/8
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }

    @Test
    void aDeclaredLevelIsQuiet() {
        new RuleHarness("MG110").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        mynetworks: 127.0.0.0/8
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }
}
