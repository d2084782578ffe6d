package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** MG008: an anonymous-access exception needs a strong password policy in force. */
final class ExceptionWeakPasswordPolicyRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG008", "exception-weak-password-policy",
            Severity.ERROR,
            "A virtual server has an anonymousAccessException while the organization's password policy is missing or weak.",
            "Enforce a strong password policy for all user accounts…");

    private static final int MINIMUM_LENGTH = 8;

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        String problem = topology.hasPasswordPolicy() ? weakness(topology)
                : "the organization " + topology.organization() + " declares no accountPolicy.passwordPolicy";
        if (problem == null) {
            return List.of();
        }
        return AnonymousAccess.uncompensated(DESCRIPTOR, topology, problem, String.format(
                "declare a passwordPolicy with minimumLength: %d or more and complexity: true", MINIMUM_LENGTH));
    }

    /** What makes the organization's password policy weak or unreadable, with where; {@code null} when it is strong. */
    private static String weakness(Topology topology) {
        List<String> weak = new ArrayList<>();
        Topology.PolicySetting<Integer> length = topology.minimumPasswordLength();
        if (length.value().isInvalid()) {
            weak.add(String.format("its minimumLength at %s is `%s`, not a number, so its strength cannot be told",
                    length.location(), length.value().invalid()));
        } else if (length.value().isAbsent()) {
            weak.add("its minimumLength is not set");
        } else if (length.value().value() < MINIMUM_LENGTH) {
            weak.add(String.format("its minimumLength %d at %s is below %d", length.value().value(), length.location(),
                    MINIMUM_LENGTH));
        }
        Topology.PolicySetting<Boolean> complexity = topology.passwordComplexity();
        if (complexity.value().isInvalid()) {
            weak.add(String.format("its complexity at %s is `%s`, not true or false", complexity.location(),
                    complexity.value().invalid()));
        } else if (!complexity.value().is(true)) {
            weak.add("its complexity is not true");
        }
        return weak.isEmpty() ? null : "the password policy is weak: " + String.join(" and ", weak);
    }
}
