package io.mailguard;

/**
 * What a rule is, in one place: messages, reports and documentation links are built from it.
 *
 * @param id the stable id, {@code MG003}
 * @param name the short name, {@code anonymous-internal}
 * @param defaultSeverity the severity unless configured otherwise
 * @param summary one sentence: what the rule checks
 * @param seedSentence the guidance it enforces, as published
 */
public record RuleDescriptor(String id, String name, Severity defaultSeverity, String summary, String seedSentence) {

    /** The rule's page in the repository, relative to its root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
