package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.AnonymousAccessException;
import io.mailguard.model.Role;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.Topology;
import io.mailguard.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Anonymous access and its exceptions, for every kind of endpoint: on endpoints of a role where it must be
 * off (MG003, MG004), and the controls an exception needs in force (MG008, MG009).
 */
final class AnonymousAccess {

    /** The roles as the schema spells them, for messages. */
    static final String ROLES = "internet-bridgehead, internal, client-submission (imap-pop), application-relay, partner or unspecified";

    private AnonymousAccess() {
    }

    /**
     * One finding per endpoint of {@code role} that accepts anonymous senders; a warning while its
     * {@code anonymousAccessException} applies, the rule's own severity otherwise. Fails closed where the
     * anonymous setting is invalid, and, when {@code unknownRoles}, where the role itself is invalid and
     * anonymous access may be on.
     *
     * @param kind what such an endpoint is, in the message: {@code an internal virtual server}
     */
    static List<Finding> check(RuleDescriptor rule, Role role, Function<SmtpEndpoint, String> kind, boolean unknownRoles,
            Topology topology, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (SmtpEndpoint endpoint : topology.endpoints()) {
            Value<Boolean> anonymous = endpoint.anonymous().value();
            Value<Role> written = endpoint.role().value();
            if (written.isInvalid() && unknownRoles && !anonymous.is(false)) {
                findings.add(Findings.undecided(rule, topology, endpoint.name(), endpoint.location(endpoint.role()), "role",
                        "whether " + endpoint.name() + " may allow anonymous access, which it "
                                + (anonymous.isInvalid() ? "may" : "does"), written.invalid(), ROLES));
            } else if (endpoint.is(role) && anonymous.isInvalid()) {
                findings.add(Findings.undecided(rule, topology, endpoint.name(), location(endpoint),
                        endpoint.anonymous().property(), "whether " + endpoint.name() + ", " + kind.apply(endpoint)
                                + ", allows anonymous access", anonymous.invalid(), endpoint.kind().anonymousDecidedBy));
            } else if (endpoint.is(role) && anonymous.is(true)) {
                findings.add(allowed(rule, kind.apply(endpoint), topology, context, endpoint));
            }
        }
        return findings;
    }

    /** Where the endpoint's anonymous setting stands. */
    static io.mailguard.Location location(SmtpEndpoint endpoint) {
        return endpoint.location(endpoint.anonymous());
    }

    private static Finding allowed(RuleDescriptor rule, String kind, Topology topology, RuleContext context, SmtpEndpoint endpoint) {
        AnonymousAccessException exception = endpoint.anonymousAccessException();
        String fix = endpoint.kind().anonymousOff;
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
        return Findings.of(rule, severity, topology, endpoint.name(), location(endpoint), endpoint.anonymous().property(),
                String.format("%s is %s and allows anonymous access%s; %s", endpoint.name(), kind, waiver, fix));
    }

    /**
     * One finding per endpoint with an {@code anonymousAccessException} (valid or not), at the
     * exception, saying that {@code problem} and how to fix it.
     */
    static List<Finding> uncompensated(RuleDescriptor rule, Topology topology, String problem, String fix) {
        return topology.endpoints().stream()
                .filter(endpoint -> endpoint.anonymousAccessException() != null)
                .map(endpoint -> Findings.of(rule, topology, endpoint.name(),
                        endpoint.source().keyLocation("anonymousAccessException"), "anonymousAccessException",
                        String.format("%s has an anonymousAccessException, but %s; %s", endpoint.name(), problem, fix)))
                .toList();
    }
}
