package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import java.util.List;

/** MG009: an anonymous-access exception needs the guest account disabled. */
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
        Topology.PolicySetting<Boolean> guest = topology.guestEnabled();
        if (guest.value().is(false)) {
            return List.of();
        }
        String problem = guest.value().is(true) ? "the guest account is enabled at " + guest.location()
                : guest.value().isInvalid() ? String.format("accountPolicy.guestAccount at %s is `%s`, not enabled or "
                        + "disabled, so it cannot be told whether the guest account is off", guest.location(), guest.value().invalid())
                : "the organization " + topology.organization() + " does not declare accountPolicy.guestAccount: disabled";
        return AnonymousAccess.uncompensated(DESCRIPTOR, topology, problem, "set accountPolicy.guestAccount: disabled");
    }
}
