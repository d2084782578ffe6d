package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Structural;
import io.mailguard.model.Server;
import io.mailguard.model.Source;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** MG101: names unique among an organization's servers, connectors and lists, and among a server's virtual servers. */
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
        }
        Map<String, Source> connectors = new HashMap<>();
        topology.connectors().forEach(c -> duplicate(topology, "connector", c.name(), c.source(), connectors, findings));
        Map<String, Source> lists = new HashMap<>();
        topology.distributionLists().forEach(l -> duplicate(topology, "distribution list", l.name(), l.source(), lists, findings));
        return findings;
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
