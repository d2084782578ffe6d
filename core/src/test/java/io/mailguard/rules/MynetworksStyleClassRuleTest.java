package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MG020: no trust of a whole network class. */
class MynetworksStyleClassRuleTest {

    @TempDir
    Path dir;

    @Test
    void classStyleWithoutMynetworks() {
        new RuleHarness("MG020").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        mynetworks_style: class   # expect: MG020
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }

    @Test
    void classStyleIgnoredWhenMynetworksIsSet() {
        new RuleHarness("MG020").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        mynetworks_style: class
                        mynetworks: 127.0.0.0/8
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }
}
