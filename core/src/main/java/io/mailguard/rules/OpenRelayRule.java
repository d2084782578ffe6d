package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.RelayScope;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * MG001: no SMTP endpoint, of any product, lets unauthenticated clients relay from an Internet-wide
 * scope; one finding per cause.
 */
final class OpenRelayRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG001", "open-relay", Severity.ERROR,
            "An SMTP virtual server or receive connector lets unauthenticated clients relay: all hosts but those "
                    + "listed, a relay scope that is Internet-wide (every address, or more than a site's own network), "
                    + "Relay permission for Everyone or Anonymous Logon, or the relay right for anonymous senders.",
            "Disable open relaying on all SMTP virtual servers.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        RelayScopes.each(topology, DESCRIPTOR, findings, (endpoint, grant, scope) -> {
            if (grant.scope() == null) {
                findings.add(Findings.of(DESCRIPTOR, topology, endpoint.name(), endpoint.location(grant),
                        grant.property(), endpoint.name() + " " + grant.cause() + "; " + grant.fix()));
            } else if (scope.breadth() == RelayScope.Breadth.INTERNET_WIDE) {
                findings.add(RelayScopes.finding(DESCRIPTOR, topology, endpoint, grant, scope,
                        String.format("%s lets strangers relay: %s (%s) %s; %s", endpoint.name(), grant.cause(),
                                RelayScopes.shown(grant.scope()), scope.reason(), grant.fix())));
            }
        });
        return findings;
    }
}
