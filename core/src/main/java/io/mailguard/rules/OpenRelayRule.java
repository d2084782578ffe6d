package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Address;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG001: no virtual server lets unauthenticated clients relay; one finding per cause. */
final class OpenRelayRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG001", "open-relay", Severity.ERROR,
            "An SMTP virtual server lets unauthenticated clients relay: all hosts but those listed, a relay range "
                    + "covering every address, or Relay permission for Everyone or Anonymous Logon.",
            "Disable open relaying on all SMTP virtual servers.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        topology.virtualServers().forEach(vs -> {
            if (vs.relay().allListedExcluded()) {
                findings.add(finding(topology, vs, "relay/restriction", "relay.restriction", String.format(
                        "%s lets every host relay except those listed (restriction: all-except-listed); "
                                + "set relay.restriction: only-listed and list only the hosts that must relay",
                        vs.objectName())));
            }
            List<Address> hosts = vs.relay().hosts();
            for (int i = 0; i < hosts.size(); i++) {
                Address host = hosts.get(i);
                if (host.range() != null && host.range().everyAddress()) {
                    findings.add(finding(topology, vs, "relay/hosts/" + i, "relay.hosts[" + host.written() + "]",
                            String.format("%s lets every address relay (relay.hosts holds %s); "
                                    + "list only the hosts or narrow ranges that must relay", vs.objectName(), host.written())));
                }
            }
            List<String> relay = vs.permissions().relay();
            for (int i : Principals.indexesOf(relay, Principals.UNAUTHENTICATED)) {
                findings.add(finding(topology, vs, "permissions/relay/" + i, "permissions.relay[" + relay.get(i) + "]",
                        String.format("%s grants Relay permission to %s, so anyone can relay; "
                                + "remove it and grant Relay only to named groups", vs.objectName(), relay.get(i))));
            }
        });
        return findings;
    }

    private Finding finding(Topology topology, SmtpVirtualServer vs, String path, String property, String message) {
        return Findings.of(DESCRIPTOR, topology, vs.objectName(), vs.source().location(path), property, message);
    }
}
