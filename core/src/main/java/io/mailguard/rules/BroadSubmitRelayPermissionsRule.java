package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Role;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Principals;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG014: internal and IMAP/POP virtual servers grant Submit and Relay to named groups, not to everyone; one finding per principal. */
final class BroadSubmitRelayPermissionsRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG014", "broad-submit-relay-permissions", Severity.INFO,
            "An internal or IMAP/POP SMTP virtual server grants Submit or Relay to Everyone or Authenticated Users.",
            "Restrict submissions and relaying access on internal SMTP virtual servers.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        topology.virtualServers()
                .filter(vs -> vs.is(Role.INTERNAL) || vs.is(Role.CLIENT_SUBMISSION))
                .forEach(vs -> {
                    broad(topology, vs, "submit", "Submit", vs.permissions().submit(), findings);
                    broad(topology, vs, "relay", "Relay", vs.permissions().relay(), findings);
                });
        return findings;
    }

    private void broad(Topology topology, SmtpVirtualServer vs, String key, String permission, List<String> principals,
            List<Finding> findings) {
        for (int i : Principals.indexesOf(principals, Principals.BROAD)) {
            findings.add(Findings.of(DESCRIPTOR, topology, vs.objectName(),
                    vs.source().location("permissions/" + key + "/" + i), "permissions." + key + "[" + principals.get(i) + "]",
                    String.format("%s grants %s to %s; grant it only to the named groups that need it, "
                            + "such as Exchange Domain Servers", vs.objectName(), permission, principals.get(i))));
        }
    }
}
