package io.mailguard;

import java.util.List;

/** The structural rules: a file that breaks one of them is not a usable configuration. */
public final class Structural {

    public static final RuleDescriptor SCHEMA = rule("MG100", "schema-violation",
            "A value, key or section does not follow the MailGuard schema (mailguard/v1).");
    public static final RuleDescriptor DUPLICATE_NAME = rule("MG101", "duplicate-name",
            "Two objects of one kind share a name where names must be unique, or two accountPolicy sections of one organization contradict each other.");
    public static final RuleDescriptor UNKNOWN_REFERENCE = rule("MG102", "unknown-reference",
            "A connector names a source virtual server that the organization does not declare.");
    public static final RuleDescriptor DUPLICATE_BINDING = rule("MG103", "duplicate-binding",
            "Two virtual servers of one server are bound to the same address and port.");
    public static final RuleDescriptor BAD_ADDRESS = rule("MG104", "invalid-address",
            "An IP address or CIDR range does not parse.");
    public static final RuleDescriptor YAML_SYNTAX = rule("MG105", "yaml-syntax-error",
            "The file is not well-formed YAML.");
    public static final RuleDescriptor DUPLICATE_KEY = rule("MG106", "duplicate-key",
            "A mapping holds the same key twice.");
    public static final RuleDescriptor UNSUPPORTED_YAML = rule("MG107", "unsupported-yaml",
            "The file uses YAML that MailGuard does not accept: tags, too many aliases, too large, several documents, not UTF-8, or a root that is not a mapping.");
    public static final RuleDescriptor CONFIG_SYNTAX = rule("MG110", "config-syntax",
            "A Postfix main.cf/master.cf line that Postfix would reject or misread, or an import file that does not have the documented shape.");

    public static final RuleDescriptor UNSAFE_PATH = rule("MG111", "unsafe-path",
            "A file MailGuard will not read: a path or symbolic link leaving the project, a dangling link, a FIFO or a device.");

    /** Every structural rule, by id. */
    public static final List<RuleDescriptor> ALL = List.of(
            SCHEMA, DUPLICATE_NAME, UNKNOWN_REFERENCE, DUPLICATE_BINDING, BAD_ADDRESS,
            YAML_SYNTAX, DUPLICATE_KEY, UNSUPPORTED_YAML, CONFIG_SYNTAX, UNSAFE_PATH);

    private Structural() {
    }

    private static RuleDescriptor rule(String id, String name, String summary) {
        return new RuleDescriptor(id, name, Severity.ERROR, summary, "");
    }
}
