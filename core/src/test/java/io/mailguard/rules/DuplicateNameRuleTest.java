package io.mailguard.rules;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateNameRuleTest {

    private final RuleHarness harness = new RuleHarness("MG101");

    @TempDir
    Path dir;

    @Test
    void aNameDeclaredTwiceIsReportedAtTheSecond() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - name: SMTP
                      - name: SMTP                 # expect: MG101
                  - name: EX19-01
                    product: exchange-2019
                    receiveConnectors:
                      - name: Printers
                      - name: Printers             # expect: MG101
                acceptedDomains:
                  - {name: Contoso, domainName: contoso.com, domainType: Authoritative}
                """, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01                   # expect: MG101
                acceptedDomains:
                  - {name: Contoso, domainName: contoso.net, domainType: Authoritative}   # expect: MG101@12
                """);
    }

    @Test
    void theSameNameInAnotherOrganizationOrOnAnotherServerIsFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    smtpVirtualServers: [{name: SMTP}]
                  - name: EXCH02
                    smtpVirtualServers: [{name: SMTP}]
                """, """
                apiVersion: mailguard/v1
                organization: fabrikam
                servers:
                  - name: EXCH01
                """);
    }
}
