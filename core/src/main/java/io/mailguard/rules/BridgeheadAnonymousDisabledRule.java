package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Role;
import io.mailguard.model.Topology;
import java.util.List;

/** MG006: what accepts Internet mail must accept it from anonymous senders. */
final class BridgeheadAnonymousDisabledRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG006", "bridgehead-anonymous-disabled", Severity.ERROR,
            "An SMTP virtual server or receive connector that accepts Internet mail has anonymous access turned off.",
            "SMTP virtual servers that accept mail from the Internet must allow anonymous access.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return topology.endpoints().stream()
                .filter(endpoint -> endpoint.is(Role.INTERNET_BRIDGEHEAD) && !endpoint.anonymous().value().is(true)
                        && !endpoint.anonymous().value().isAbsent())
                .map(endpoint -> endpoint.anonymous().value().isInvalid()
                        ? Findings.undecided(DESCRIPTOR, topology, endpoint.name(), AnonymousAccess.location(endpoint),
                                endpoint.anonymous().property(),
                                "whether " + endpoint.name() + ", which accepts Internet mail, allows anonymous access",
                                endpoint.anonymous().value().invalid(), endpoint.kind().anonymousDecidedBy)
                        : Findings.of(DESCRIPTOR, topology, endpoint.name(), AnonymousAccess.location(endpoint),
                                endpoint.anonymous().property(),
                                String.format("%s accepts Internet mail but does not allow anonymous access, so Internet "
                                        + "servers cannot deliver to it; %s", endpoint.name(), endpoint.kind().anonymousOn)))
                .toList();
    }
}
