package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Address;
import io.mailguard.model.RelayScope;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG001: no virtual server lets unauthenticated clients relay; one finding per cause. */
final class OpenRelayRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG001", "open-relay", Severity.ERROR,
            "An SMTP virtual server lets unauthenticated clients relay: all hosts but those listed, a relay scope "
                    + "that is Internet-wide (every address, or more than a site's own network), or Relay permission "
                    + "for Everyone or Anonymous Logon.",
            "Disable open relaying on all SMTP virtual servers.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        topology.virtualServers().forEach(vs -> {
            if (vs.relay().allExceptListed().isInvalid()) {
                findings.add(Findings.undecided(DESCRIPTOR, topology, vs.objectName(), vs.source().location("relay/restriction"),
                        "relay.restriction", "whether " + vs.objectName() + " lets every host relay",
                        vs.relay().allExceptListed().invalid(), "only-listed or all-except-listed"));
            } else if (vs.relay().allExceptListed().is(true)) {
                findings.add(finding(topology, vs, "relay/restriction", "relay.restriction", String.format(
                        "%s lets every host relay except those listed (restriction: all-except-listed); "
                                + "set relay.restriction: only-listed and list only the hosts that must relay",
                        vs.objectName())));
            } else {
                hosts(topology, vs, findings);
            }
            List<String> relay = vs.permissions().relay();
            for (int i : Principals.indexesOf(relay, Principals.UNAUTHENTICATED)) {
                findings.add(finding(topology, vs, "permissions/relay/" + i, "permissions.relay[" + relay.get(i) + "]",
                        String.format("%s grants Relay permission to %s, so anyone can relay; "
                                + "remove it and grant Relay only to named groups", vs.objectName(), relay.get(i))));
            }
            for (int i : Principals.unreadable(relay)) {
                findings.add(Findings.of(DESCRIPTOR, topology, vs.objectName(), vs.source().location("permissions/relay/" + i),
                        "permissions.relay", String.format("cannot tell whether %s grants Relay permission to anyone: "
                                + "entry %d of permissions.relay is not a name; write the principal's name there",
                                vs.objectName(), i + 1)));
            }
        });
        return findings;
    }

    /** The relay scope: each entry that is no address fails closed; the union of the rest is judged once. */
    private void hosts(Topology topology, SmtpVirtualServer vs, List<Finding> findings) {
        List<Address> hosts = vs.relay().hosts();
        for (int i = 0; i < hosts.size(); i++) {
            if (hosts.get(i).range() == null) {
                findings.add(Findings.undecided(DESCRIPTOR, topology, vs.objectName(), vs.source().location("relay/hosts/" + i),
                        "relay.hosts[" + hosts.get(i).written() + "]",
                        "whether the relay scope of " + vs.objectName() + " is Internet-wide", hosts.get(i).written(),
                        "an IPv4 or IPv6 address or CIDR range"));
            }
        }
        RelayScope.Judgement scope = RelayScopes.judge(hosts);
        if (scope.breadth() == RelayScope.Breadth.INTERNET_WIDE) {
            findings.add(finding(topology, vs, "relay/hosts/" + scope.widest(), "relay.hosts",
                    String.format("%s lets strangers relay: its relay.hosts (%s) %s; list only the hosts that must relay",
                            vs.objectName(), RelayScopes.shown(hosts), scope.reason())));
        }
    }

    private Finding finding(Topology topology, SmtpVirtualServer vs, String path, String property, String message) {
        return Findings.of(DESCRIPTOR, topology, vs.objectName(), vs.source().location(path), property, message);
    }
}
