package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import java.util.List;

/** MG009: an anonymous-access exception needs the guest account disabled; absent counts as not disabled. */
final class ExceptionGuestEnabledRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG009", "exception-guest-enabled", Severity.ERROR,
            "A virtual server has an anonymousAccessException while the organization's guest account is not disabled.",
            "Disable the guest account.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        if (topology.guestDisabled()) {
            return List.of();
        }
        String guest = topology.guestEnabled() ? "the guest account is enabled"
                : "the organization " + topology.organization() + " does not declare accountPolicy.guestAccount: disabled";
        return AnonymousAccess.uncompensated(DESCRIPTOR, topology, guest, "set accountPolicy.guestAccount: disabled");
    }
}
