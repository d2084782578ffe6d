package io.mailguard;

/**
 * One problem found in the configuration.
 *
 * @param rule the rule that found it
 * @param severity the severity in force (defaults, exceptions and configuration applied)
 * @param location the node at fault
 * @param organization the organization of the object, or empty for file-level findings
 * @param object the object it concerns ({@code EXCH02/Internal SMTP}), or empty for file-level findings
 * @param property the property path at fault ({@code authentication.anonymous}), stable across reformatting
 * @param message what is wrong and how to fix it
 * @param suppression why the finding does not count, or {@code null} when it counts
 */
public record Finding(
        RuleDescriptor rule,
        Severity severity,
        Location location,
        String organization,
        String object,
        String property,
        String message,
        Suppression suppression) {

    /** A finding that counts, about no particular object. */
    public static Finding inFile(RuleDescriptor rule, Location location, String message) {
        return new Finding(rule, rule.defaultSeverity(), location, "", "", location.pointer(), message, null);
    }

    /** True unless a suppression or the baseline covers it. */
    public boolean counts() {
        return suppression == null;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, organization, object, property, message, suppression);
    }

    public Finding suppressedBy(Suppression why) {
        return new Finding(rule, severity, location, organization, object, property, message, why);
    }

    /**
     * Identifies the finding independently of line numbers and file names: rule, organization,
     * object and the property at fault.
     */
    public String fingerprint() {
        return fingerprint(rule.id(), scope(), object, property);
    }

    /** What the fingerprint is relative to: the organization, or for file-level findings the file. */
    public String scope() {
        return object.isEmpty() ? location.file() : organization;
    }

    /** The fingerprint of a finding given by its parts, as a baseline stores them. */
    public static String fingerprint(String rule, String scope, String object, String property) {
        return object.isEmpty() ? rule + "|" + scope + "|" + property : rule + "|" + scope + "|" + object + "|" + property;
    }
}
