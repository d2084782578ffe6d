package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InternalListOpenRuleTest {

    private final RuleHarness harness = new RuleHarness("MG012");

    @TempDir
    Path dir;

    @Test
    void anInternalListOpenToAnyoneIsAWarning() {
        List<Finding> findings = harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                distributionLists:
                  - name: All Employees
                    internalOnly: true
                    acceptMessagesFrom: anyone          # expect: MG012 warning
                  - name: All Managers                  # expect: MG012@5
                    internalOnly: true
                """);
        assertEquals("All Employees", findings.get(0).object());
        assertEquals("distribution list All Employees is internal only but accepts messages from anyone, including "
                + "senders outside the company; set acceptMessagesFrom: authenticated-users", findings.get(0).message());
    }

    @Test
    void restrictedOrPublicListsAreFine() {
        harness.check(dir, """
                apiVersion: mailguard/v1
                organization: contoso
                distributionLists:
                  - name: All Employees
                    internalOnly: true
                    acceptMessagesFrom: authenticated-users
                  - name: Board
                    internalOnly: true
                    acceptMessagesFrom: listed-senders
                    senders: [ceo@contoso.com]
                  - name: Sales Enquiries
                    internalOnly: false
                    acceptMessagesFrom: anyone
                  - name: Press
                """);
    }
}
