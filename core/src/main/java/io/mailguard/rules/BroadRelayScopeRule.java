package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.RelayScope;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG017: a relay scope broader than the hosts that need to relay, but not Internet-wide (that is MG001). */
final class BroadRelayScopeRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG017", "broad-relay-scope", Severity.WARNING,
            "A relay scope is broad but not Internet-wide: more than 16 public addresses (a /28; IPv6 /124), more "
                    + "than 256 private IPv4 addresses, or a private IPv6 range wider than /64.",
            "Name the hosts that need to relay.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        // MG001 reports what cannot be read about a scope; this rule only judges what can
        RelayScopes.each(topology, DESCRIPTOR, new ArrayList<>(), (endpoint, grant, scope) -> {
            if (scope != null && scope.breadth() == RelayScope.Breadth.BROAD) {
                findings.add(RelayScopes.finding(DESCRIPTOR, topology, endpoint, grant, scope,
                        String.format("the relay scope of %s (%s) %s, so hosts that have no need to relay can; list only "
                                        + "the hosts that must relay, or the narrowest ranges that hold them", endpoint.name(),
                                RelayScopes.shown(grant.scope()), scope.reason())));
            }
        });
        return findings;
    }
}
