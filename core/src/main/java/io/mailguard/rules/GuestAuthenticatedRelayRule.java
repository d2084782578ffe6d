package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import io.mailguard.model.Value;
import java.util.List;

/** MG011: with the guest account enabled, "any computer that authenticates" means anyone. */
final class GuestAuthenticatedRelayRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG011", "guest-authenticated-relay", Severity.ERROR,
            "A virtual server lets every authenticated computer relay while the guest account is enabled.",
            "Disable the guest account.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        Topology.PolicySetting<Boolean> guest = topology.guestEnabled();
        if (!guest.value().is(true) && !guest.value().isInvalid()) {
            return List.of();
        }
        String state = guest.value().is(true) ? "while the guest account is enabled at " + guest.location()
                : String.format("and accountPolicy.guestAccount at %s is `%s`, not enabled or disabled, so the guest "
                        + "account may be on", guest.location(), guest.value().invalid());
        return topology.virtualServers()
                .filter(vs -> !vs.relay().allowAuthenticatedComputers().is(false))
                .map(vs -> {
                    Value<Boolean> allow = vs.relay().allowAuthenticatedComputers();
                    String how = allow.isInvalid() ? String.format("may let every computer that authenticates relay "
                            + "(relay.allowAuthenticatedComputers is `%s`, not true or false)", allow.invalid())
                            : "lets every computer that authenticates relay (relay.allowAuthenticatedComputers "
                                    + "defaults to true when absent)";
                    return Findings.of(DESCRIPTOR, topology, vs.objectName(),
                            vs.source().location("relay/allowAuthenticatedComputers"), "relay.allowAuthenticatedComputers",
                            String.format("%s %s %s, so anyone can authenticate as Guest and relay; set "
                                    + "accountPolicy.guestAccount: disabled or relay.allowAuthenticatedComputers: false",
                                    vs.objectName(), how, state));
                })
                .toList();
    }
}
