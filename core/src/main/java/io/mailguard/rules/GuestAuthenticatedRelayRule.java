package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import java.util.List;

/**
 * MG011: with the guest account enabled anyone can authenticate as Guest, so "allow all computers which
 * successfully authenticate to relay" (Exchange's default) opens the relay.
 */
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
        Location guest = topology.accountPolicies().stream()
                .filter(policy -> Boolean.TRUE.equals(policy.guestEnabled()))
                .map(policy -> policy.source().location("guestAccount"))
                .findFirst().orElse(null);
        if (guest == null) {
            return List.of();
        }
        return topology.virtualServers()
                .filter(vs -> vs.relay().allowAuthenticatedComputers())
                .map(vs -> Findings.of(DESCRIPTOR, topology, vs.objectName(),
                        vs.source().location("relay/allowAuthenticatedComputers"), "relay.allowAuthenticatedComputers",
                        String.format("%s lets every computer that authenticates relay (relay.allowAuthenticatedComputers "
                                + "defaults to true when absent) while the guest account is enabled at %s, so anyone "
                                + "can authenticate as Guest and relay; set accountPolicy.guestAccount: disabled or "
                                + "relay.allowAuthenticatedComputers: false", vs.objectName(), guest)))
                .toList();
    }
}
