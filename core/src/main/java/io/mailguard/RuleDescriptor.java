package io.mailguard;

/**
 * What a rule is, in one place: messages, reports and documentation links are built from it.
 *
 * @param id the stable id, {@code MG003}
 * @param name the short name, {@code anonymous-internal}
 * @param defaultSeverity the severity unless configured otherwise
 * @param summary one sentence: what the rule checks
 * @param seedSentence the guidance it enforces, as published
 * @param definedIn for a team's own policy, where it is defined ({@code policies/acme.yaml:3:5}); empty for
 *     MailGuard's own rules
 */
public record RuleDescriptor(String id, String name, Severity defaultSeverity, String summary, String seedSentence,
        String definedIn) {

    /** One of MailGuard's own rules. */
    public RuleDescriptor(String id, String name, Severity defaultSeverity, String summary, String seedSentence) {
        this(id, name, defaultSeverity, summary, seedSentence, "");
    }

    /** True for MailGuard's own rules, which have a page of their own; false for a team's policy. */
    public boolean builtIn() {
        return definedIn.isEmpty();
    }

    /** The rule's page in the repository, relative to its root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }
}
