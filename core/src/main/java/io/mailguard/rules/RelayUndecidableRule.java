package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.PostfixService;
import io.mailguard.model.Topology;
import io.mailguard.postfix.Word;
import java.util.List;

/**
 * MG021: where relaying depends on what MailGuard cannot see (a table or policy service it is not given, networks
 * Postfix derives from the host), it says so; one finding per such item, at the item.
 */
final class RelayUndecidableRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG021", "relay-undecidable", Severity.WARNING,
            "Relaying depends on what MailGuard cannot see: a check_*_access table or policy service not given to it "
                    + "that could permit before the relay guard, or a mynetworks that Postfix derives from the host "
                    + "(mynetworks_style = subnet, the default below compatibility level 2).",
            "Specify \"mynetworks_style = subnet\" when Postfix should \"trust\" remote SMTP clients in the same IP "
                    + "subnetworks as the local machine.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        // a stream: this runs once, over every service, and a loop of its own would run uncompiled
        return topology.smtpdServices().stream()
                .filter(service -> !service.analysis().relay().undecidable().isEmpty())
                .flatMap(service -> service.analysis().relay().undecidable().stream().map(item -> Findings.of(DESCRIPTOR,
                        topology, service.name(), SmtpdServices.at(item.at(), service), "relay[" + item.text() + "]",
                        message(service, item))))
                .toList();
    }

    private static String message(PostfixService service, Word item) {
        if (item.text().startsWith("mynetworks_style")) {
            return String.format("%s trusts the networks Postfix derives from the host's interfaces (mynetworks unset, "
                    + "%s), which MailGuard cannot see; list them: postconf -e 'mynetworks = 127.0.0.0/8 [::1]/128 "
                    + "<your networks>'", service.name(), item.text());
        }
        return String.format("whether %s relays for strangers depends on %s, which MailGuard cannot see and which could "
                + "permit a client before the relay guard; put reject_unauth_destination before it, or give the table "
                + "inline (inline:{ … }) so MailGuard can judge it", service.name(), item.text());
    }
}
