package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import io.mailguard.postfix.SmtpdAnalysis;
import java.util.List;

/** MG018: a Postfix smtpd service needs a working relay guard, or smtpd refuses to run. */
final class NoRelayGuardRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG018", "no-relay-guard", Severity.ERROR,
            "A Postfix smtpd service has no working reject_unauth_destination, defer_unauth_destination, reject, defer, "
                    + "defer_if_permit or check_relay_domains in its relay and recipient restrictions (one placed after a "
                    + "bare permit, or behind warn_if_reject, does not work): Postfix refuses to run smtpd.",
            "Either the smtpd_relay_restrictions or the smtpd_recipient_restrictions parameter must specify at least one "
                    + "of the following restrictions. Otherwise Postfix will refuse to receive mail");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return topology.smtpdServices().stream()
                .filter(service -> service.analysis().relay().kind() == SmtpdAnalysis.RelayKind.NO_GUARD)
                .map(service -> {
                    SmtpdAnalysis.RelayVerdict relay = service.analysis().relay();
                    // at the restriction that disables the guard, else at the list that must hold it
                    String list = relay.decidedBy() != null ? relay.decidedBy().list() : "smtpd_relay_restrictions";
                    return Findings.of(DESCRIPTOR, topology, service.name(), SmtpdServices.at(
                            relay.decidedBy() != null ? relay.decidedBy().at() : service.analysis().guardListAt(), service),
                            list, String.format("%s has no working relay guard: %s; end the list with the guard, e.g. "
                                    + "postconf -e 'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated,"
                                    + " reject_unauth_destination' (or that -o override on the service's master.cf line)",
                                    service.name(), relay.explanation()));
                })
                .toList();
    }
}
