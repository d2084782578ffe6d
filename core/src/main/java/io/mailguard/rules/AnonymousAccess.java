package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.AnonymousAccessException;
import io.mailguard.model.Role;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Topology;
import io.mailguard.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Anonymous access and its exceptions: on virtual servers of a role where it must be off (MG003, MG004),
 * and the controls an exception needs in force (MG008, MG009).
 */
final class AnonymousAccess {

    /** The roles as the schema spells them, for messages. */
    static final String ROLES = "internet-bridgehead, internal, imap-pop or unspecified";

    private AnonymousAccess() {
    }

    /**
     * One finding per virtual server of {@code role} with {@code anonymous: true}; a warning while its
     * {@code anonymousAccessException} applies, the rule's own severity otherwise. Fails closed where
     * {@code anonymous} is invalid, and, when {@code unknownRoles}, where the role itself is invalid and
     * anonymous access may be on.
     *
     * @param kind what such a virtual server is, in the message: {@code an internal virtual server}
     */
    static List<Finding> check(RuleDescriptor rule, Role role, String kind, boolean unknownRoles, Topology topology,
            RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        topology.virtualServers().forEach(vs -> {
            Value<Boolean> anonymous = vs.authentication().anonymous();
            if (vs.role().isInvalid() && unknownRoles && !anonymous.is(false)) {
                findings.add(Findings.undecided(rule, topology, vs.objectName(), vs.source().location("role"), "role",
                        "whether " + vs.objectName() + " may allow anonymous access, which it "
                                + (anonymous.isInvalid() ? "may" : "does"), vs.role().invalid(), ROLES));
            } else if (vs.is(role) && anonymous.isInvalid()) {
                findings.add(Findings.undecided(rule, topology, vs.objectName(),
                        vs.source().location("authentication/anonymous"), "authentication.anonymous",
                        "whether " + vs.objectName() + ", " + kind + ", allows anonymous access", anonymous.invalid(),
                        "true or false"));
            } else if (vs.is(role) && anonymous.is(true)) {
                findings.add(allowed(rule, kind, topology, context, vs));
            }
        });
        return findings;
    }

    private static Finding allowed(RuleDescriptor rule, String kind, Topology topology, RuleContext context, SmtpVirtualServer vs) {
        AnonymousAccessException exception = vs.anonymousAccessException();
        String fix = "set authentication.anonymous: false";
        Severity severity = rule.defaultSeverity();
        String waiver = "";
        if (exception != null && exception.expiredOn(context.today())) {
            waiver = String.format(" (its anonymousAccessException expired on %s and no longer applies)",
                    exception.expires().value());
        } else if (exception != null && !exception.complete()) {
            waiver = " (its anonymousAccessException lacks a reason, approver or valid expires date and does not apply)";
        } else if (exception != null) {
            severity = Severity.WARNING;
            waiver = String.format(" under an anonymousAccessException (\"%s\") approved by %s until %s",
                    exception.reason().value(), exception.approvedBy().value(), exception.expires().value());
            fix += " before the exception expires";
        }
        return Findings.of(rule, severity, topology, vs.objectName(),
                vs.source().location("authentication/anonymous"), "authentication.anonymous",
                String.format("%s is %s and allows anonymous access%s; %s", vs.objectName(), kind, waiver, fix));
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
