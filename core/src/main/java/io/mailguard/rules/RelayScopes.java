package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.model.Address;
import io.mailguard.model.RelayScope;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.Topology;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The relay grants of every endpoint and the judgement of their scopes, as MG001, MG016 and MG017 see them. */
final class RelayScopes {

    /** How many addresses a message lists before it says how many more there are. */
    private static final int SHOWN = 4;

    private RelayScopes() {
    }

    /** What a rule does with one grant: {@code scope} is its judgement, or {@code null} for a grant to every client. */
    interface GrantCheck {
        void check(SmtpEndpoint endpoint, SmtpEndpoint.RelayGrant grant, RelayScope.Judgement scope);
    }

    /**
     * Calls {@code check} for every relay grant of every endpoint that can be told; where it cannot (the
     * value is invalid), or where an entry of its scope is no address, {@code rule} fails closed into {@code findings}.
     */
    static void each(Topology topology, RuleDescriptor rule, List<Finding> findings, GrantCheck check) {
        for (SmtpEndpoint endpoint : topology.endpoints()) {
            List<SmtpEndpoint.RelayGrant> grants = endpoint.relay();
            for (int g = 0; g < grants.size(); g++) { // indexed: for every endpoint, three rules over
                SmtpEndpoint.RelayGrant grant = grants.get(g);
                if (grant.undecided() != null) {
                    findings.add(Findings.undecided(rule, topology, endpoint.name(), endpoint.location(grant),
                            grant.property(), grant.undecided().question(), grant.undecided().written(),
                            grant.undecided().expected()));
                    continue;
                }
                List<Address> scope = grant.scope();
                for (int i = 0; scope != null && i < scope.size(); i++) {
                    if (!scope.get(i).parses()) {
                        findings.add(Findings.undecided(rule, topology, endpoint.name(),
                                endpoint.scopeLocation(grant, i),
                                grant.scopePath().replace('/', '.') + "[" + scope.get(i).written() + "]",
                                "whether the relay scope of " + endpoint.name() + " is Internet-wide", scope.get(i).written(),
                                "an IPv4 or IPv6 address or range"));
                    }
                }
                check.check(endpoint, grant, grant.breadth());
            }
        }
    }

    /** A finding about a grant's scope, at its widest entry. */
    static Finding finding(RuleDescriptor rule, Topology topology, SmtpEndpoint endpoint, SmtpEndpoint.RelayGrant grant,
            RelayScope.Judgement scope, String message) {
        return Findings.of(rule, topology, endpoint.name(),
                endpoint.scopeLocation(grant, scope.widest()),
                grant.scopePath().replace('/', '.'), message);
    }

    /** The addresses as a message shows them: the first few, then how many more. */
    static String shown(List<Address> hosts) {
        String first = hosts.stream().limit(SHOWN).map(Address::written).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return hosts.size() > SHOWN ? first + " and " + (hosts.size() - SHOWN) + " more" : first;
    }
}
