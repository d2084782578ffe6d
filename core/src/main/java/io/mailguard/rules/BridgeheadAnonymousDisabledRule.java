package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Role;
import io.mailguard.model.Topology;
import java.util.List;

/** MG006: Internet bridgeheads allow anonymous access; only an explicit {@code anonymous: false} fires. */
final class BridgeheadAnonymousDisabledRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG006", "bridgehead-anonymous-disabled", Severity.ERROR,
            "An SMTP virtual server that accepts Internet mail has anonymous access turned off.",
            "SMTP virtual servers that accept mail from the Internet must allow anonymous access.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return topology.virtualServers()
                .filter(vs -> vs.is(Role.INTERNET_BRIDGEHEAD) && !vs.authentication().anonymous().is(true)
                        && !vs.authentication().anonymous().isAbsent())
                .map(vs -> vs.authentication().anonymous().isInvalid()
                        ? Findings.undecided(DESCRIPTOR, topology, vs.objectName(),
                                vs.source().location("authentication/anonymous"), "authentication.anonymous",
                                "whether " + vs.objectName() + ", which accepts Internet mail, allows anonymous access",
                                vs.authentication().anonymous().invalid(), "true or false")
                        : Findings.of(DESCRIPTOR, topology, vs.objectName(),
                                vs.source().location("authentication/anonymous"), "authentication.anonymous",
                                String.format("%s accepts Internet mail but does not allow anonymous access, so Internet "
                                        + "servers cannot deliver to it; set authentication.anonymous: true", vs.objectName())))
                .toList();
    }
}
