package io.mailguard.importer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes MailGuard YAML by hand, deterministically: two-space indents, block mappings and sequences,
 * short lists of names in flow style, and every scalar plain where YAML 1.2 reads it back as the same
 * string, double-quoted otherwise.
 */
final class YamlText {

    /** Texts that YAML 1.2's core schema reads as something other than a string. */
    private static final Pattern NOT_A_STRING = Pattern.compile(
            "null|Null|NULL|~|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
                    + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private final StringBuilder text = new StringBuilder();

    /** A comment line. */
    YamlText comment(int indent, String comment) {
        text.append(" ".repeat(indent)).append("# ").append(comment.replace('\n', ' ').replace('\r', ' ')).append('\n');
        return this;
    }

    /** {@code key: value}, the value a string. */
    YamlText entry(int indent, String key, String value) {
        text.append(" ".repeat(indent)).append(key).append(": ").append(scalar(value, false)).append('\n');
        return this;
    }

    /** {@code key: true}. */
    YamlText entry(int indent, String key, boolean value) {
        text.append(" ".repeat(indent)).append(key).append(": ").append(value).append('\n');
        return this;
    }

    /** {@code key:} with the block below it. */
    YamlText key(int indent, String key) {
        text.append(" ".repeat(indent)).append(key).append(":\n");
        return this;
    }

    /** {@code - key: value}: the first entry of a list item that is a mapping. */
    YamlText item(int indent, String key, String value) {
        text.append(" ".repeat(indent)).append("- ").append(key).append(": ").append(scalar(value, false)).append('\n');
        return this;
    }

    /** {@code key: [a, b]} for short lists of names, {@code key: []} when empty. */
    YamlText flowList(int indent, String key, List<String> values) {
        text.append(" ".repeat(indent)).append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(scalar(values.get(i), true));
        }
        text.append("]\n");
        return this;
    }

    /** {@code key:} with one {@code - "value"} line per value, always quoted (addresses), {@code key: []} when empty. */
    YamlText quotedList(int indent, String key, List<String> values) {
        if (values.isEmpty()) {
            return flowList(indent, key, values);
        }
        key(indent, key);
        for (String value : values) {
            text.append(" ".repeat(indent + 2)).append("- ").append(quoted(value)).append('\n');
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Plain when that reads back as the same string, else double-quoted. */
    static String scalar(String value, boolean inFlow) {
        return plain(value, inFlow) ? value : quoted(value);
    }

    private static boolean plain(String value, boolean inFlow) {
        if (value.isEmpty() || !Character.isLetterOrDigit(value.codePointAt(0)) || value.endsWith(" ")
                || NOT_A_STRING.matcher(value).matches()) {
            return false;
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowed = Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'
                    || (!inFlow && (c == ' ' || c == '\\' || c == '(' || c == ')' || c == '@' || c == '&' || c == '\'' || c == '+' || c == '/'));
            if (!allowed || (c == ' ' && value.startsWith(" ", i + 1))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** A double-quoted scalar: backslash, quote and every control or line-breaking character escaped. */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                quoted.append(String.format("\\u%04X", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
