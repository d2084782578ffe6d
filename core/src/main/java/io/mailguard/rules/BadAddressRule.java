package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Structural;
import io.mailguard.model.Address;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG104: binding addresses and relay hosts must be IP addresses or CIDR ranges that parse. */
final class BadAddressRule implements Rule {

    @Override
    public RuleDescriptor descriptor() {
        return Structural.BAD_ADDRESS;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        topology.virtualServers().forEach(vs -> {
            for (int i = 0; i < vs.bindings().size(); i++) {
                Address binding = vs.bindings().get(i).address();
                String address = binding.written();
                if ((binding.range() == null || address.indexOf('/') >= 0) && !address.equals("all-unassigned")) {
                    findings.add(bad(topology, vs, "bindings/" + i + "/address", "bindings[" + address + "]", address,
                            "an IPv4 or IPv6 address, or all-unassigned"));
                }
            }
            List<Address> hosts = vs.relay().hosts();
            for (int i = 0; i < hosts.size(); i++) {
                if (!hosts.get(i).parses()) {
                    String host = hosts.get(i).written();
                    findings.add(bad(topology, vs, "relay/hosts/" + i, "relay.hosts[" + host + "]", host,
                            "an IPv4 or IPv6 address or CIDR range, such as 192.0.2.10 or 10.0.0.0/8"));
                }
            }
        });
        topology.servers().stream().flatMap(server -> server.receiveConnectors().stream()).forEach(rc -> {
            List<Address> ranges = rc.remoteIPRanges() == null ? List.of() : rc.remoteIPRanges();
            for (int i = 0; i < ranges.size(); i++) {
                if (!ranges.get(i).parses()) {
                    String range = ranges.get(i).written();
                    findings.add(Findings.of(descriptor(), topology, rc.objectName(), rc.source().location("remoteIPRanges/" + i),
                            "remoteIPRanges[" + range + "]", String.format("`%s` on %s is not an IPv4 or IPv6 address, "
                                    + "a range such as 10.0.0.1-10.0.0.20, or a CIDR range; host names are not accepted",
                                    range, rc.objectName())));
                }
            }
        });
        return findings;
    }

    private Finding bad(Topology topology, SmtpVirtualServer vs, String path, String property, String value, String expected) {
        return Findings.of(descriptor(), topology, vs.objectName(), vs.source().location(path), property,
                String.format("`%s` on %s is not %s; host names are not accepted", value, vs.objectName(), expected));
    }
}
