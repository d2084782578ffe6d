package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG016: anonymous relay belongs on a dedicated connector, never on one of Exchange's defaults. */
final class DefaultConnectorRelayRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG016", "default-connector-relay", Severity.WARNING,
            "One of Exchange's default receive connectors grants anonymous senders the relay right (Accept-Any-Recipient).",
            "Don't attempt to add anonymous relay capability to the default Receive connectors.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SmtpEndpoint endpoint : topology.endpoints()) {
            if (!endpoint.defaultConnector()) {
                continue;
            }
            for (SmtpEndpoint.RelayGrant grant : endpoint.relay()) {
                if (grant.undecided() == null) {
                    findings.add(Findings.of(DESCRIPTOR, topology, endpoint.name(), endpoint.location(grant),
                            grant.property(), String.format("%s is one of Exchange's default receive connectors, and %s; "
                                    + "create a dedicated receive connector for the hosts that must relay, limited to their "
                                    + "addresses, and take the right back here", endpoint.name(),
                                    grant.cause().replaceFirst("^lets anonymous senders relay from anywhere: ", ""))));
                }
            }
        }
        return findings;
    }
}
