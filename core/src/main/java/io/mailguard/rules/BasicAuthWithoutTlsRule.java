package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG015: passwords only over TLS, on every kind of endpoint. */
final class BasicAuthWithoutTlsRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG015", "basic-auth-without-tls", Severity.WARNING,
            "An SMTP virtual server or receive connector accepts basic authentication without requiring TLS, on a "
                    + "server that is not Small Business Server.",
            "SMTP server accepts basic authentication");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SmtpEndpoint endpoint : topology.endpoints()) {
            SmtpEndpoint.Fact<Boolean> clear = endpoint.passwordsInClear();
            if (endpoint.server().smallBusinessServer().is(true)) {
                continue;
            }
            if (clear.value().isInvalid()) {
                findings.add(Findings.undecided(DESCRIPTOR, topology, endpoint.name(), endpoint.location(clear),
                        clear.property(), "whether " + endpoint.name() + " accepts passwords without TLS",
                        clear.value().invalid(), "true or false"));
            } else if (clear.value().is(true)) {
                findings.add(Findings.of(DESCRIPTOR, topology, endpoint.name(), endpoint.location(clear),
                        clear.property(), String.format("%s accepts basic authentication without requiring TLS, so "
                                + "passwords cross the network in clear text; %s", endpoint.name(), endpoint.kind().requireTls)));
            }
        }
        return findings;
    }
}
