package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Structural;
import io.mailguard.model.Connector;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** MG102: every source virtual server a connector names exists in the organization, in any of its files. */
final class UnknownReferenceRule implements Rule {

    @Override
    public RuleDescriptor descriptor() {
        return Structural.UNKNOWN_REFERENCE;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        Set<String> referenced = topology.connectors().stream()
                .flatMap(connector -> connector.sourceVirtualServers().stream())
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<String> servers = new HashSet<>();
        for (String reference : referenced) {
            for (int slash = reference.indexOf('/'); slash >= 0; slash = reference.indexOf('/', slash + 1)) {
                servers.add(reference.substring(0, slash));
            }
        }
        // only the servers a reference could name: a topology's other virtual servers are never named
        Set<String> known = topology.servers().stream()
                .filter(server -> servers.contains(server.name()))
                .flatMap(server -> server.virtualServers().stream())
                .map(SmtpVirtualServer::objectName)
                .filter(referenced::contains)
                .collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (Connector connector : topology.connectors()) {
            List<String> references = connector.sourceVirtualServers();
            for (int i = 0; i < references.size(); i++) {
                String reference = references.get(i);
                if (reference != null && !known.contains(reference)) {
                    findings.add(Findings.of(descriptor(), topology, connector.name(),
                            connector.source().location("sourceVirtualServers/" + i),
                            "sourceVirtualServers[" + reference + "]",
                            String.format("connector %s names the virtual server `%s`, which organization %s does not declare;"
                                    + " correct the name or declare it", connector.name(), reference, topology.organization())));
                }
            }
        }
        return findings;
    }
}
