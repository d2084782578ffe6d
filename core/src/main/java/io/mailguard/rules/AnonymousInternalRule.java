package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Role;
import io.mailguard.model.Topology;
import java.util.List;

/** MG003: internal virtual servers do not allow anonymous access; a valid exception makes it a warning. */
final class AnonymousInternalRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG003", "anonymous-internal", Severity.ERROR,
            "An internal SMTP virtual server or receive connector allows anonymous access.",
            "…you do not have to enable anonymous access on your internal SMTP virtual servers.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return AnonymousAccess.check(DESCRIPTOR, Role.INTERNAL, endpoint -> "an internal " + endpoint.kind().noun, true,
                topology, context);
    }
}
