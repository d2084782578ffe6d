package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Role;
import io.mailguard.model.Server;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * MG005: the Exchange Server Analyzer's condition: a virtual server of undeclared role allows anonymous
 * access on a server that is not Small Business Server and hosts more than 20 mailboxes (or an unknown number).
 */
final class AnonymousUnspecifiedRoleRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG005", "anonymous-unspecified-role", Severity.WARNING,
            "An SMTP virtual server of unspecified role allows anonymous access on a server that is not Small "
                    + "Business Server and hosts more than 20 mailboxes.",
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
        for (Server server : topology.servers()) {
            // an unreadable Small Business Server flag or mailbox count is not taken as the exemption
            Integer mailboxes = server.mailboxes().value();
            if (server.smallBusinessServer().is(true) || (mailboxes != null && mailboxes <= SMALL_SERVER_MAILBOXES)) {
                continue;
            }
            String size = mailboxes == null ? "mailbox count unknown, treated as more than 20"
                    : mailboxes + " mailboxes";
            for (SmtpVirtualServer vs : server.virtualServers()) {
                if (vs.is(Role.UNSPECIFIED) && vs.authentication().anonymous().isInvalid()) {
                    findings.add(Findings.undecided(DESCRIPTOR, topology, vs.objectName(),
                            vs.source().location("authentication/anonymous"), "authentication.anonymous",
                            "whether " + vs.objectName() + " allows anonymous access", vs.authentication().anonymous().invalid(),
                            "true or false"));
                } else if (vs.is(Role.UNSPECIFIED) && vs.authentication().anonymous().is(true)) {
                    findings.add(Findings.of(DESCRIPTOR, topology, vs.objectName(),
                            vs.source().location("authentication/anonymous"), "authentication.anonymous",
                            String.format("%s declares no role and allows anonymous access on %s (not Small Business "
                                    + "Server, %s); declare its role (internet-bridgehead, internal or imap-pop) "
                                    + "or set authentication.anonymous: false", vs.objectName(), server.name(), size)));
                }
            }
        }
        return findings;
    }
}
