package io.mailguard.policy;

import io.mailguard.Location;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import java.util.List;

/**
 * One policy as its file declares it, checked for shape but not yet compiled.
 *
 * @param id the id findings carry, {@code ACME001}
 * @param name the short name, {@code bridgehead-requires-tls}
 * @param appliesTo the kind of object it judges
 * @param when the filter, or {@code null} for every object of the kind
 * @param require what every object it applies to must satisfy
 * @param at the property findings point at, as a path below the object ({@code authentication/basicRequiresTls}),
 *     or empty for the object itself
 * @param message the finding's message; {@code {name}} stands for the object's name
 * @param description what the policy is for, shown as help in the reports
 * @param examples YAML that must produce its finding, and YAML that must not
 * @param definedAt where the policy's entry starts
 */
public record Policy(
        String id,
        String name,
        Severity severity,
        PolicyTarget appliesTo,
        Expression when,
        Expression require,
        String at,
        String message,
        String description,
        List<Example> examples,
        Location definedAt) {

    /**
     * A CEL expression and where it is written.
     *
     * @param field the key it is written under: {@code when} or {@code require}
     */
    public record Expression(String text, String field, Location at) {
    }

    /**
     * An example of the policy.
     *
     * @param incorrect true when the YAML must produce the policy's finding, false when it must not
     * @param yaml the example, a configuration file as a team writes one
     * @param at where it is written
     */
    public record Example(boolean incorrect, String yaml, Location at) {
    }

    /** The policy as reports show a rule: its description as help, its place as origin. */
    public RuleDescriptor descriptor() {
        String summary = description.isBlank() ? "Policy " + id + " (" + name + ") on every " + appliesTo.word() + "." : description;
        return new RuleDescriptor(id, name, severity, summary, "", definedAt.toString());
    }
}
