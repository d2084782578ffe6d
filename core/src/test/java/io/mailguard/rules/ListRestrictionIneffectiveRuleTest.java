package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListRestrictionIneffectiveRuleTest {

    private final RuleHarness harness = new RuleHarness("MG013");

    @TempDir
    Path dir;

    @Test
    void aRestrictionWithoutAnExchange2003BridgeheadIsAWarning() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    product: exchange-2000
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                  - name: EXCH02
                    product: exchange-2003
                    smtpVirtualServers:
                      - name: Internal SMTP
                        role: internal
                  - name: GATEWAY
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                distributionLists:
                  - name: All Employees
                    internalOnly: true
                    acceptMessagesFrom: authenticated-users     # expect: MG013
                  - name: Board
                    acceptMessagesFrom: listed-senders          # expect: MG013
                    senders: [ceo@contoso.com]
                  - name: Sales Enquiries
                    acceptMessagesFrom: anyone
                """);
        assertEquals("distribution list All Employees accepts messages only from authenticated-users, but organization "
                + "contoso has no Exchange Server 2003 Internet bridgehead to enforce it; accept Internet mail on an "
                + "exchange-2003 server with role: internet-bridgehead", findings.get(0).message());
    }

    @Test
    void aBridgeheadInAnotherFileOfTheOrganizationCounts() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                distributionLists:
                  - name: All Employees
                    internalOnly: true
                    acceptMessagesFrom: authenticated-users
                """, """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EXCH01
                    product: exchange-2003
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                """);
    }

    @Test
    void aBridgeheadOfAnotherOrganizationDoesNotCount() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                distributionLists:
                  - name: All Employees
                    internalOnly: true
                    acceptMessagesFrom: authenticated-users     # expect: MG013
                """, """
                apiVersion: mailguard/v1
                organization: fabrikam
                servers:
                  - name: EXCH01
                    product: exchange-2003
                    smtpVirtualServers:
                      - name: Default SMTP Virtual Server
                        role: internet-bridgehead
                """);
    }
}
