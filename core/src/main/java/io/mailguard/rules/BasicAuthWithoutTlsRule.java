package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Server;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import io.mailguard.model.Value;
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
            if (server.smallBusinessServer().is(true)) {
                continue;
            }
            for (SmtpVirtualServer vs : server.virtualServers()) {
                Value<Boolean> basic = vs.authentication().basic();
                Value<Boolean> tls = vs.authentication().basicRequiresTls();
                if (basic.isInvalid() || (!basic.is(false) && !basic.isAbsent() && tls.isInvalid())) {
                    boolean which = basic.isInvalid();
                    findings.add(Findings.undecided(DESCRIPTOR, topology, vs.objectName(),
                            vs.source().location(which ? "authentication/basic" : "authentication/basicRequiresTls"),
                            which ? "authentication.basic" : "authentication.basicRequiresTls",
                            "whether " + vs.objectName() + " accepts passwords without TLS",
                            which ? basic.invalid() : tls.invalid(), "true or false"));
                } else if (basic.is(true) && !tls.is(true)) {
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
