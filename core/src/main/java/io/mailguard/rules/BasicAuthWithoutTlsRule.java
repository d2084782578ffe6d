package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Server;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG015: basic authentication sends passwords in clear text unless TLS is required; Small Business Server is exempt, as in the analyzer. */
final class BasicAuthWithoutTlsRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG015", "basic-auth-without-tls", Severity.WARNING,
            "An SMTP virtual server accepts basic authentication without requiring TLS, on a server that is not Small Business Server.",
            "SMTP server accepts basic authentication");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Server server : topology.servers()) {
            if (server.smallBusinessServer()) {
                continue;
            }
            for (SmtpVirtualServer vs : server.virtualServers()) {
                if (Boolean.TRUE.equals(vs.authentication().basic())
                        && !Boolean.TRUE.equals(vs.authentication().basicRequiresTls())) {
                    findings.add(Findings.of(DESCRIPTOR, topology, vs.objectName(),
                            vs.source().location("authentication/basic"), "authentication.basic",
                            String.format("%s accepts basic authentication without requiring TLS, so passwords cross "
                                    + "the network in clear text; set authentication.basicRequiresTls: true", vs.objectName())));
                }
            }
        }
        return findings;
    }
}
