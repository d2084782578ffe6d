package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Role;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.Topology;
import java.util.List;

/** MG004: virtual servers dedicated to IMAP and POP clients allow only authenticated access. */
final class AnonymousImapPopRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG004", "anonymous-imap-pop", Severity.ERROR,
            "An SMTP virtual server dedicated to IMAP and POP clients, or the receive connector they submit to, allows anonymous access.",
            "…if you use dedicated SMTP virtual servers for your IMAP and POP clients, you can configure these "
                    + "servers to allow only authenticated access.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return AnonymousAccess.check(DESCRIPTOR, Role.CLIENT_SUBMISSION, endpoint -> endpoint.kind() == SmtpEndpoint.Kind.VIRTUAL_SERVER
                ? "dedicated to IMAP and POP clients" : "the " + endpoint.kind().noun + " IMAP and POP clients submit to",
                false, topology, context);
    }
}
