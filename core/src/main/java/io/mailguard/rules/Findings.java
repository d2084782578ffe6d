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
}
