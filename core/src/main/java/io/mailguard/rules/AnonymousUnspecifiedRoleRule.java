package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Role;
import io.mailguard.model.Server;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG005: the Exchange Server Analyzer's own condition, for virtual servers and receive connectors alike. */
final class AnonymousUnspecifiedRoleRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG005", "anonymous-unspecified-role", Severity.WARNING,
            "An SMTP virtual server or receive connector of unspecified role allows anonymous access on a server that "
                    + "is not Small Business Server and hosts more than 20 mailboxes.",
            "Anonymous access is allowed on internal SMTP virtual servers and dedicated SMTP virtual servers for "
                    + "IMAP and POP clients");

    /** The analyzer leaves servers with at most this many mailboxes alone. */
    private static final int SMALL_SERVER_MAILBOXES = 20;

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SmtpEndpoint endpoint : topology.endpoints()) {
            Server server = endpoint.server();
            // an unreadable Small Business Server flag or mailbox count is not taken as the exemption
            Integer mailboxes = server.mailboxes().value();
            if (!endpoint.is(Role.UNSPECIFIED) || server.smallBusinessServer().is(true)
                    || (mailboxes != null && mailboxes <= SMALL_SERVER_MAILBOXES)) {
                continue;
            }
            String size = mailboxes == null ? "mailbox count unknown, treated as more than 20" : mailboxes + " mailboxes";
            if (endpoint.anonymous().value().isInvalid()) {
                findings.add(Findings.undecided(DESCRIPTOR, topology, endpoint.name(), AnonymousAccess.location(endpoint),
                        endpoint.anonymous().property(), "whether " + endpoint.name() + " allows anonymous access",
                        endpoint.anonymous().value().invalid(), endpoint.kind().anonymousDecidedBy));
            } else if (endpoint.anonymous().value().is(true)) {
                String roles = endpoint.kind() == SmtpEndpoint.Kind.VIRTUAL_SERVER ? "internet-bridgehead, internal or imap-pop"
                        : "internet-bridgehead, internal, client-submission, application-relay or partner";
                findings.add(Findings.of(DESCRIPTOR, topology, endpoint.name(), AnonymousAccess.location(endpoint),
                        endpoint.anonymous().property(), String.format("%s declares no role and allows anonymous access on "
                                + "%s (not Small Business Server, %s); declare its role (%s) or %s", endpoint.name(),
                                server.name(), size, roles, endpoint.kind().anonymousOff)));
            }
        }
        return findings;
    }
}
