package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.Structural;
import io.mailguard.model.PostfixServer;
import io.mailguard.model.PostfixService;
import io.mailguard.model.Topology;
import io.mailguard.postfix.ConfigProblem;
import io.mailguard.postfix.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MG110 for Postfix: what Postfix would reject or misread in {@code main.cf}/{@code master.cf} (or their inline
 * form), restrictions Postfix answers with "451 Server configuration error", and, as an {@code info} finding, a
 * configuration that declares no {@code compatibility_level} and so runs with Postfix's oldest defaults.
 */
final class PostfixConfigSyntaxRule implements Rule {

    @Override
    public RuleDescriptor descriptor() {
        return Structural.CONFIG_SYNTAX;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<PostfixServer> servers = topology.postfixServers();
        for (int i = 0; i < servers.size(); i++) {
            if (servers.get(i).config() != null) {
                check(servers.get(i), findings);
            }
        }
        return findings;
    }

    /** One server's findings (a method of its own, compiled once it is hot; loops indexed, sets made when needed). */
    private static void check(PostfixServer server, List<Finding> findings) {
        List<ConfigProblem> problems = server.config().problems();
        for (int i = 0; i < problems.size(); i++) {
            findings.add(Finding.inFile(Structural.CONFIG_SYNTAX, problems.get(i).at(), problems.get(i).message()));
        }
        Set<Location> reported = null;
        List<PostfixService> services = server.services();
        for (int i = 0; i < services.size(); i++) {
            PostfixService service = services.get(i);
            List<Word> unknown = service.analysis() == null ? List.of() : service.analysis().unknownRestrictions();
            for (int j = 0; j < unknown.size(); j++) {
                Word restriction = unknown.get(j);
                Location at = SmtpdServices.at(restriction.at(), service);
                reported = reported == null ? new HashSet<>() : reported;
                if (reported.add(at)) {
                    findings.add(Finding.inFile(Structural.CONFIG_SYNTAX, at, String.format("Postfix does not know the"
                            + " restriction `%s` (or it lacks its type:table) and answers \"451 4.3.5 Server configuration"
                            + " error\" when it reaches it; correct the name, or give the table as type:name",
                            restriction.text())));
                }
            }
        }
        if (!server.config().parameters().containsKey("compatibility_level")) {
            findings.add(Finding.inFile(Structural.CONFIG_SYNTAX, server.configAt(), String.format("%s declares no "
                    + "compatibility_level, so Postfix 3.7 runs at its built-in level 0 with the old defaults (empty "
                    + "smtpd_relay_restrictions, mynetworks_style = subnet, relay_domains = $mydestination) and logs "
                    + "\"using backwards-compatible default setting\"; declare the level the configuration was "
                    + "written for: postconf -e compatibility_level=3.6", server.name())).withSeverity(Severity.INFO));
        }
    }
}
