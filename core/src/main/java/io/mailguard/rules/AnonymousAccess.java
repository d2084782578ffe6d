package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.AnonymousAccessException;
import io.mailguard.model.Role;
import io.mailguard.model.Topology;
import java.util.List;

/**
 * Anonymous access and its exceptions: on virtual servers of a role where it must be off (MG003, MG004),
 * and the controls an exception needs in force (MG008, MG009).
 */
final class AnonymousAccess {

    private AnonymousAccess() {
    }

    /**
     * One finding per virtual server of {@code role} with {@code anonymous: true}; a warning while its
     * {@code anonymousAccessException} is valid, the rule's own severity otherwise.
     *
     * @param kind what such a virtual server is, in the message: {@code an internal virtual server}
     */
    static List<Finding> check(RuleDescriptor rule, Role role, String kind, Topology topology, RuleContext context) {
        return topology.virtualServers()
                .filter(vs -> vs.role() == role && vs.allowsAnonymous())
                .map(vs -> {
                    AnonymousAccessException exception = vs.anonymousAccessException();
                    String fix = "set authentication.anonymous: false";
                    Severity severity = rule.defaultSeverity();
                    String waiver = "";
                    if (exception != null && exception.expiredOn(context.today())) {
                        waiver = String.format(" (its anonymousAccessException expired on %s and no longer applies)",
                                exception.expires());
                    } else if (exception != null) {
                        severity = Severity.WARNING;
                        waiver = String.format(" under an anonymousAccessException (\"%s\") approved by %s until %s",
                                exception.reason(), exception.approvedBy(), exception.expires());
                        fix += " before the exception expires";
                    }
                    return Findings.of(rule, severity, topology, vs.objectName(),
                            vs.source().location("authentication/anonymous"), "authentication.anonymous",
                            String.format("%s is %s and allows anonymous access%s; %s", vs.objectName(), kind, waiver, fix));
                })
                .toList();
    }

    /**
     * One finding per virtual server with an {@code anonymousAccessException} (valid or not), at the
     * exception, saying that {@code problem} and how to fix it.
     */
    static List<Finding> uncompensated(RuleDescriptor rule, Topology topology, String problem, String fix) {
        return topology.virtualServers()
                .filter(vs -> vs.anonymousAccessException() != null)
                .map(vs -> Findings.of(rule, topology, vs.objectName(),
                        vs.source().keyLocation("anonymousAccessException"), "anonymousAccessException",
                        String.format("%s has an anonymousAccessException, but %s; %s", vs.objectName(), problem, fix)))
                .toList();
    }
}
