package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Structural;
import io.mailguard.model.Binding;
import io.mailguard.model.Server;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** MG103: two virtual servers of one server cannot listen on the same address and port. */
final class DuplicateBindingRule implements Rule {

    @Override
    public RuleDescriptor descriptor() {
        return Structural.DUPLICATE_BINDING;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Server server : topology.servers()) {
            Map<Listener, SmtpVirtualServer> taken = new HashMap<>();
            for (SmtpVirtualServer vs : server.virtualServers()) {
                for (int i = 0; i < vs.bindings().size(); i++) {
                    Binding binding = vs.bindings().get(i);
                    if (binding.port() == null) {
                        continue;
                    }
                    String written = binding.address().written();
                    Object address = binding.address().range() == null ? written : binding.address().range();
                    SmtpVirtualServer first = taken.putIfAbsent(new Listener(address, binding.port()), vs);
                    if (first != null && first != vs) {
                        findings.add(Findings.of(descriptor(), topology, vs.objectName(),
                                vs.source().location("bindings/" + i), "bindings[" + written + ":" + binding.port() + "]",
                                String.format("%s is bound to %s port %d, as %s already is; give each virtual server its own address or port",
                                        vs.objectName(), written, binding.port(), first.objectName())));
                    }
                }
            }
        }
        return findings;
    }

    /** An address and port listened on: the address as parsed (spellings of one address are equal), or as written. */
    private record Listener(Object address, int port) {
    }
}
