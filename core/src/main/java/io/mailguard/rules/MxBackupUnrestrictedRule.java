package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import java.util.List;

/** MG019: Postfix {@code permit_mx_backup} only with {@code permit_mx_backup_networks}. */
final class MxBackupUnrestrictedRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG019", "mx-backup-unrestricted", Severity.WARNING,
            "A Postfix smtpd service uses permit_mx_backup while permit_mx_backup_networks is empty: anyone who points "
                    + "a domain's MX at the server makes it relay for that domain.",
            "Safety: permit_mx_backup can be vulnerable to mis-use when access is not restricted with "
                    + "permit_mx_backup_networks.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return topology.smtpdServices().stream()
                .filter(service -> service.analysis().mxBackupUnrestricted() != null)
                .map(service -> Findings.of(DESCRIPTOR, topology, service.name(),
                        SmtpdServices.at(service.analysis().mxBackupUnrestricted().at(), service), "permit_mx_backup",
                        String.format("%s uses permit_mx_backup while permit_mx_backup_networks is empty, so it relays for "
                                + "any domain whose MX record names it; postconf -e 'permit_mx_backup_networks = <the "
                                + "primary MX hosts' networks>', or list the domains in relay_domains instead",
                                service.name())))
                .toList();
    }
}
