package io.mailguard.report;

import io.mailguard.RuleDescriptor;

/** The catalogue as a list: one line per rule. */
public final class RuleList {

    private RuleList() {
    }

    /** {@code MG003  error    anonymous-internal  An internal … } */
    public static String line(RuleDescriptor rule) {
        return String.format(java.util.Locale.ROOT, "%-6s %-8s %-34s %s", rule.id(), rule.defaultSeverity().label(),
                rule.name(), rule.summary());
    }
}
