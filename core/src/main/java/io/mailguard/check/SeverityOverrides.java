package io.mailguard.check;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.policy.PolicyReader;
import io.mailguard.rules.RuleCatalogue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The user's severity for some rules, or {@code off}: {@code MG014=warning}. */
public final class SeverityOverrides {

    /** No configuration: every rule at its own severity. */
    public static final SeverityOverrides NONE = new SeverityOverrides(Map.of());

    private final Map<String, Optional<Severity>> byRule;

    private SeverityOverrides(Map<String, Optional<Severity>> byRule) {
        this.byRule = byRule;
    }

    /**
     * Reads {@code rule id → error|warning|info|off}.
     *
     * @throws IllegalArgumentException naming the wrong id or word and what is allowed
     */
    public static SeverityOverrides parse(Map<String, String> configuration) {
        Map<String, Optional<Severity>> byRule = new LinkedHashMap<>();
        configuration.forEach((id, word) -> {
            // a policy's id is told from a rule's by its form; whether the check has that policy is known once
            // its policies are read (see policyIds)
            String ruleId = PolicyReader.isPolicyId(id) ? id : RuleCatalogue.find(id).map(RuleDescriptor::id).orElseThrow(() ->
                    new IllegalArgumentException("unknown rule id '" + id + "' in the severity configuration; known ids: "
                            + RuleCatalogue.descriptors().stream().map(RuleDescriptor::id).collect(Collectors.joining(", "))));
            String value = word == null ? "" : word.trim();
            if (value.equalsIgnoreCase("off")) {
                byRule.put(ruleId, Optional.empty());
            } else {
                Severity severity = Severity.parse(value).orElseThrow(() -> new IllegalArgumentException(
                        "the severity of " + ruleId + " must be error, warning, info or off, not '" + value + "'"));
                byRule.put(ruleId, Optional.of(severity));
            }
        });
        return new SeverityOverrides(Map.copyOf(byRule));
    }

    /** The ids configured that name policies, not built-in rules: the check must have each of them. */
    public Set<String> policyIds() {
        return byRule.keySet().stream().filter(PolicyReader::isPolicyId).collect(Collectors.toUnmodifiableSet());
    }

    /** True when the user turned this rule off. */
    public boolean isOff(String ruleId) {
        Optional<Severity> configured = byRule.get(ruleId);
        return configured != null && configured.isEmpty();
    }

    /** The finding at its configured severity; empty when its rule is off. */
    Optional<Finding> apply(Finding finding) {
        Optional<Severity> configured = byRule.get(finding.rule().id());
        if (configured == null) {
            return Optional.of(finding);
        }
        return configured.map(finding::withSeverity);
    }
}
