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
        topology.virtualServers()
                .filter(vs -> vs.relay().allExceptListed().orDefault(false).is(false))
                .forEach(vs -> {
                    RelayScope.Judgement scope = RelayScopes.judge(vs.relay().hosts());
                    if (scope.breadth() == RelayScope.Breadth.BROAD) {
                        findings.add(Findings.of(DESCRIPTOR, topology, vs.objectName(),
                                vs.source().location("relay/hosts/" + scope.widest()), "relay.hosts",
                                String.format("the relay scope of %s (%s) %s, so hosts that have no need to relay "
                                                + "can; list only the hosts that must relay, or the narrowest ranges that hold them",
                                        vs.objectName(), RelayScopes.shown(vs.relay().hosts()), scope.reason())));
                    }
                });
        return findings;
    }
}
