package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import java.util.List;

/** MG020: Postfix must not trust a whole network class. */
final class MynetworksStyleClassRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG020", "mynetworks-style-class", Severity.WARNING,
            "Postfix trusts a whole network class: mynetworks is not set and mynetworks_style is class.",
            "Caution: this may cause Postfix to \"trust\" your entire provider's network.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return topology.smtpdServices().stream()
                .filter(service -> service.analysis().classNetworks() != null)
                .map(service -> Findings.of(DESCRIPTOR, topology, service.name(),
                        SmtpdServices.at(service.analysis().classNetworks().at(), service), "mynetworks_style",
                        String.format("%s trusts every client in the host's class A/B/C networks (mynetworks unset, "
                                + "mynetworks_style = class), which may be the whole provider's network; list your own "
                                + "networks: postconf -e 'mynetworks = 127.0.0.0/8 [::1]/128 <your networks>'", service.name())))
                .toList();
    }
}
