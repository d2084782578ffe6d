package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.Names;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.AcceptedDomain;
import io.mailguard.model.Connector;
import io.mailguard.model.PostfixServer;
import io.mailguard.model.PostfixService;
import io.mailguard.model.Topology;
import io.mailguard.postfix.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MG002: no connector relays to any domain; one finding per entry of {@code relayDomains}, at the entry. For
 * Postfix, a top-level domain in {@code relay_domains}, which relays for every domain under it.
 */
final class ConnectorRelayRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG002", "connector-relay", Severity.ERROR,
            "A connector allows messages to be relayed to some domains (relayDomains is not empty), an accepted "
                    + "domain * of a relay type relays mail for every domain, or Postfix's relay_domains holds a top-level "
                    + "domain (com, .com) and so relays for every domain under it.",
            "…or if you allow open relaying to a domain through a connector, unauthorized users can use your "
                    + "Exchange server to send spam.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Connector connector : topology.connectors()) {
            List<String> domains = connector.relayDomains();
            for (int i = 0; i < domains.size(); i++) {
                // an entry that is not a domain name still opens relaying to something
                String domain = domains.get(i) == null ? "an entry that is not a domain name" : domains.get(i);
                findings.add(Findings.of(DESCRIPTOR, topology, connector.name(),
                        connector.source().location("relayDomains/" + i), "relayDomains[" + domain + "]",
                        String.format("connector %s relays to %s, so unauthorized users can send mail through it; "
                                + "remove the entry and leave relayDomains empty", Names.shorten(connector.name()), Names.shorten(domain))));
            }
        }
        for (AcceptedDomain domain : topology.acceptedDomains()) {
            boolean relays = domain.domainType().is("InternalRelay") || domain.domainType().is("ExternalRelay");
            if (domain.domainName().is("*") && (relays || domain.domainType().isInvalid())) {
                findings.add(Findings.of(DESCRIPTOR, topology, domain.name(), domain.source().location("domainName"),
                        "domainName", relays ? String.format("accepted domain %s is * of type %s, so Exchange relays mail "
                                + "for every domain; name the domains it must relay, or make it Authoritative",
                                Names.shorten(domain.name()), domain.domainType().value())
                                : String.format("cannot tell whether accepted domain %s (*) relays mail for every domain: "
                                        + "domainType is `%s`, not Authoritative, InternalRelay or ExternalRelay; write one "
                                        + "of those there", Names.shorten(domain.name()), domain.domainType().invalid())));
            }
        }
        findings.addAll(postfixRelayDomains(topology));
        return findings;
    }

    /** Top-level domains in the relay_domains of each smtpd service, each place reported once per server. */
    private static List<Finding> postfixRelayDomains(Topology topology) {
        List<Finding> findings = new ArrayList<>();
        for (PostfixServer server : topology.postfixServers()) {
            relayDomains(server, topology, findings);
        }
        return findings;
    }

    /**
     * One server's: services that take main.cf's relay_domains share one list, judged once for a run of them; a
     * place is reported once. Sets are made only for a finding: nearly every server has none.
     */
    private static void relayDomains(PostfixServer server, Topology topology, List<Finding> findings) {
        Set<io.mailguard.Location> reported = null;
        List<Word> judged = null;
        List<PostfixService> services = server.services();
        for (int i = 0; i < services.size(); i++) {
            PostfixService service = services.get(i);
            if (service.analysis() == null || service.analysis().relayDomains() == judged) {
                continue;
            }
            judged = service.analysis().relayDomains();
            for (int j = 0; j < judged.size(); j++) {
                Word domain = judged.get(j);
                String name = domain.text();
                if (!topLevel(name) || name.equalsIgnoreCase("localhost")) {
                    continue;
                }
                io.mailguard.Location at = SmtpdServices.at(domain.at(), service);
                reported = reported == null ? new HashSet<>() : reported;
                if (reported.add(at)) {
                    findings.add(Findings.of(DESCRIPTOR, topology, service.name(), at, "relay_domains[" + name + "]",
                            String.format("%s relays for every domain under %s (relay_domains matches subdomains), so "
                                    + "unauthorized users can send mail through it; name the domains it must relay: "
                                    + "postconf -e 'relay_domains = <your domains>'", service.name(),
                                    Names.shorten(name))));
                }
            }
        }
    }

    /** A single label: {@code com} or {@code .com}, not a table, a file or a {@code $name}. */
    private static boolean topLevel(String name) {
        int start = name.startsWith(".") ? 1 : 0;
        if (start == name.length()) {
            return false;
        }
        for (int i = start; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
