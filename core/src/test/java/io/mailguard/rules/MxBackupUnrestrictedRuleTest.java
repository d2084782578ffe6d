package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MG019: permit_mx_backup only with permit_mx_backup_networks. */
class MxBackupUnrestrictedRuleTest {

    @TempDir
    Path dir;

    @Test
    void mxBackupWithoutNetworks() {
        new RuleHarness("MG019").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_recipient_restrictions: permit_mx_backup, reject_unauth_destination   # expect: MG019
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }

    @Test
    void mxBackupWithNetworks() {
        new RuleHarness("MG019").check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: MX1
                    product: postfix
                    postfix:
                      parameters:
                        compatibility_level: "3.6"
                        smtpd_recipient_restrictions: permit_mx_backup, reject_unauth_destination
                        permit_mx_backup_networks: 192.0.2.10
                      services:
                        - {service: smtp, type: inet, command: smtpd}
                """);
    }
}
