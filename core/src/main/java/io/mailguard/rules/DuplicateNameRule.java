package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Structural;
import io.mailguard.model.AccountPolicy;
import io.mailguard.model.Server;
import io.mailguard.model.Source;
import io.mailguard.model.Topology;
import io.mailguard.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * MG101: names unique among an organization's servers, connectors and lists, and among a server's virtual
 * servers; and the account policy's sections, which merge, never contradicting each other.
 */
final class DuplicateNameRule implements Rule {

    @Override
    public RuleDescriptor descriptor() {
        return Structural.DUPLICATE_NAME;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Source> servers = new HashMap<>();
        for (Server server : topology.servers()) {
            duplicate(topology, "server", server.name(), server.source(), servers, findings);
            Map<String, Source> virtualServers = new HashMap<>();
            server.virtualServers().forEach(vs -> duplicate(topology, "virtual server",
                    vs.objectName(), vs.source(), virtualServers, findings));
            Map<String, Source> receiveConnectors = new HashMap<>();
            server.receiveConnectors().forEach(rc -> duplicate(topology, "receive connector",
                    rc.objectName(), rc.source(), receiveConnectors, findings));
        }
        Map<String, Source> connectors = new HashMap<>();
        topology.connectors().forEach(c -> duplicate(topology, "connector", c.name(), c.source(), connectors, findings));
        Map<String, Source> lists = new HashMap<>();
        topology.distributionLists().forEach(l -> duplicate(topology, "distribution list", l.name(), l.source(), lists, findings));
        Map<String, Source> domains = new HashMap<>();
        topology.acceptedDomains().forEach(d -> duplicate(topology, "accepted domain", d.name(), d.source(), domains, findings));
        Topology.ACCOUNT_POLICY.forEach((path, read) -> contradictions(topology, path, read, findings));
        return findings;
    }

    /** The account policy's sections merge; two of them giving one property different values contradict each other. */
    private void contradictions(Topology topology, String path, Function<AccountPolicy, Value<?>> read, List<Finding> findings) {
        AccountPolicy first = null;
        for (AccountPolicy policy : topology.accountPolicies()) {
            Value<?> value = read.apply(policy);
            if (value.isAbsent()) {
                continue;
            }
            if (first == null) {
                first = policy;
            } else if (!value.equals(read.apply(first))) {
                String property = "accountPolicy." + path.replace('/', '.');
                findings.add(Findings.of(descriptor(), topology, "accountPolicy", policy.source().location(path), property,
                        String.format("%s is `%s` here but `%s` at %s; the sections of organization %s form one policy, so "
                                + "declare it once", property, shown(path, value), shown(path, read.apply(first)),
                                first.source().location(path), topology.organization())));
            }
        }
    }

    /** A value as the file writes it: the guest account is {@code enabled} or {@code disabled}, not true or false. */
    private static String shown(String path, Value<?> value) {
        if (value.isInvalid()) {
            return value.invalid();
        }
        return path.equals("guestAccount") ? (Boolean.TRUE.equals(value.value()) ? "enabled" : "disabled")
                : String.valueOf(value.value());
    }

    private void duplicate(Topology topology, String kind, String name, Source source, Map<String, Source> seen,
            List<Finding> findings) {
        Source first = seen.putIfAbsent(name, source);
        if (first != null) {
            findings.add(Findings.of(descriptor(), topology, name, source.location("name"), "name",
                    String.format("the %s name `%s` is already used at %s; names must be unique in organization %s",
                            kind, name, first.location("name"), topology.organization())));
        }
    }
}
