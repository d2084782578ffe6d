package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import java.util.List;

/** MG012: an internal-only distribution list does not accept mail from anyone; absent acceptMessagesFrom means anyone. */
final class InternalListOpenRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG012", "internal-list-open", Severity.WARNING,
            "A distribution list meant for internal use accepts messages from anyone.",
            "…an All Employees distribution list should not be available to anyone outside the company.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return topology.distributionLists().stream()
                .filter(list -> list.internalOnly() && !list.restrictsSenders())
                .map(list -> Findings.of(DESCRIPTOR, topology, list.name(), list.source().location("acceptMessagesFrom"),
                        "acceptMessagesFrom", String.format("distribution list %s is internal only but accepts "
                                + "messages from anyone, including senders outside the company; set "
                                + "acceptMessagesFrom: authenticated-users", list.name())))
                .toList();
    }
}
