package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;

/** Builds the findings rules return, so every rule names its object and property the same way. */
final class Findings {

    private Findings() {
    }

    /**
     * A finding at {@code location} about {@code object}; {@code property} is the property path at
     * fault ({@code authentication.anonymous}), which with the object identifies it in a baseline.
     */
    static Finding of(RuleDescriptor rule, Severity severity, Topology topology, String object,
            Location location, String property, String message) {
        return new Finding(rule, severity, location, topology.organization(), object, property, message, null);
    }

    static Finding of(RuleDescriptor rule, Topology topology, String object, Location location, String property,
            String message) {
        return of(rule, rule.defaultSeverity(), topology, object, location, property, message);
    }

    /**
     * A rule failing closed: the value it needs is written but invalid, so it cannot decide, and says so
     * under its own id and severity (fixing or suppressing the schema finding never turns this into a pass).
     *
     * @param question what the rule cannot tell: {@code whether EXCH02/Internal SMTP allows anonymous access}
     * @param property the property at fault, in dotted form
     * @param written what was written there
     * @param expected what it must be: {@code true or false}
     */
    static Finding undecided(RuleDescriptor rule, Topology topology, String object, Location location, String property,
            String question, String written, String expected) {
        return of(rule, topology, object, location, property, String.format(
                "cannot tell %s: %s is `%s`, not %s; write %s there", question, property, written, expected, expected));
    }
}
