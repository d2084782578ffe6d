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
        for (PostfixServer server : topology.postfixServers()) {
            if (server.config() == null) {
                continue;
            }
            for (ConfigProblem problem : server.config().problems()) {
                findings.add(Finding.inFile(Structural.CONFIG_SYNTAX, problem.at(), problem.message()));
            }
            Set<Location> reported = new HashSet<>();
            for (PostfixService service : server.services()) {
                if (service.analysis() == null) {
                    continue;
                }
                for (Word restriction : service.analysis().unknownRestrictions()) {
                    Location at = SmtpdServices.at(restriction.at(), service);
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
        return findings;
    }
}
