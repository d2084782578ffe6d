package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.AccountPolicy;
import io.mailguard.model.PasswordPolicy;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * MG008: an anonymous-access exception needs a strong password policy in the organization: declared in
 * one of its files, with a minimum length of at least 8 and complexity on.
 */
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
        List<PasswordPolicy> policies = topology.accountPolicies().stream()
                .map(AccountPolicy::passwordPolicy).filter(Objects::nonNull).toList();
        String problem = policies.isEmpty()
                ? "the organization " + topology.organization() + " declares no accountPolicy.passwordPolicy"
                : policies.stream().map(ExceptionWeakPasswordPolicyRule::weakness).filter(Objects::nonNull)
                        .findFirst().orElse(null);
        if (problem == null) {
            return List.of();
        }
        return AnonymousAccess.uncompensated(DESCRIPTOR, topology, problem, String.format(
                "declare a passwordPolicy with minimumLength: %d or more and complexity: true", MINIMUM_LENGTH));
    }

    /** What makes the policy weak, with where it is; {@code null} when it is strong. */
    private static String weakness(PasswordPolicy policy) {
        List<String> weak = new ArrayList<>();
        if (policy.minimumLength() == null) {
            weak.add("minimumLength is not set");
        } else if (policy.minimumLength() < MINIMUM_LENGTH) {
            weak.add("minimumLength " + policy.minimumLength() + " is below " + MINIMUM_LENGTH);
        }
        if (!Boolean.TRUE.equals(policy.complexity())) {
            weak.add("complexity is not true");
        }
        return weak.isEmpty() ? null
                : "the password policy at " + policy.source().location() + " is weak: " + String.join(" and ", weak);
    }
}
