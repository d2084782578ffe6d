package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.DistributionList;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG012: an internal-only distribution list must not accept mail from anyone. */
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
        List<Finding> findings = new ArrayList<>();
        for (DistributionList list : topology.distributionLists()) {
            boolean open = list.acceptMessagesFrom().orDefault("anyone").is("anyone");
            if (list.internalOnly().isInvalid() && open) {
                findings.add(Findings.undecided(DESCRIPTOR, topology, list.name(), list.source().location("internalOnly"),
                        "internalOnly", "whether distribution list " + list.name() + ", which accepts messages from "
                                + "anyone, is internal only", list.internalOnly().invalid(), "true or false"));
            } else if (list.internalOnly().is(true) && list.acceptMessagesFrom().isInvalid()) {
                findings.add(Findings.undecided(DESCRIPTOR, topology, list.name(), list.source().location("acceptMessagesFrom"),
                        "acceptMessagesFrom", "whom internal-only distribution list " + list.name() + " accepts messages from",
                        list.acceptMessagesFrom().invalid(), "anyone, authenticated-users or listed-senders"));
            } else if (list.internalOnly().is(true) && open) {
                findings.add(Findings.of(DESCRIPTOR, topology, list.name(), list.source().location("acceptMessagesFrom"),
                        "acceptMessagesFrom", String.format("distribution list %s is internal only but accepts "
                                + "messages from anyone, including senders outside the company; set "
                                + "acceptMessagesFrom: authenticated-users", list.name())));
            }
        }
        return findings;
    }
}
