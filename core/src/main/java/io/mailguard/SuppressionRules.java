package io.mailguard;

import java.util.List;

/** The rules about suppressions themselves: stale ones get removed, broken ones get noticed. */
public final class SuppressionRules {

    public static final RuleDescriptor UNUSED = new RuleDescriptor("MG108", "unused-suppression", Severity.WARNING,
            "A suppression (an ignore comment or an entry of the suppression file) matches no finding.", "");
    public static final RuleDescriptor INVALID = new RuleDescriptor("MG109", "invalid-suppression", Severity.WARNING,
            "A suppression lacks its reason, names an unknown rule, or has an expiry that is not a date; it is not honoured.", "");

    public static final List<RuleDescriptor> ALL = List.of(UNUSED, INVALID);

    private SuppressionRules() {
    }
}
