package io.mailguard.schema;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Structural;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;
import org.everit.json.schema.ValidationException;

/**
 * Turns Everit's tree of violations, which knows only JSON pointers, into MG100 findings at lines
 * and columns, with messages in the user's own YAML terms.
 */
final class ViolationMessages {

    private final YamlDocument document;

    ViolationMessages(YamlDocument document) {
        this.document = document;
    }

    void addLeaves(ValidationException violation, List<Finding> findings) {
        if (violation.getCausingExceptions().isEmpty()) {
            findings.add(finding(violation));
            return;
        }
        for (ValidationException cause : violation.getCausingExceptions()) {
            addLeaves(cause, findings);
        }
    }

    private Finding finding(ValidationException violation) {
        String pointer = violation.getPointerToViolation().substring(1);
        String keyword = String.valueOf(violation.getKeyword());
        Schema schema = violation.getViolatedSchema();
        String message = violation.getErrorMessage();
        return switch (keyword) {
            case "additionalProperties" -> unknownKey(pointer, between(message, "extraneous key [", "] is not permitted"), schema);
            case "required" -> missingKey(pointer, between(message, "required key [", "] not found"));
            case "not" -> at(pointer, true, name(pointer) + " is not allowed here: "
                    + (schema.getDescription() != null ? schema.getDescription() : message));
            default -> at(pointer, false, describe(pointer, keyword, schema, message));
        };
    }

    private Finding unknownKey(String parent, String key, Schema schema) {
        String pointer = parent + "/" + escape(key);
        String known = schema instanceof ObjectSchema object
                ? Suggestions.closest(key, object.getPropertySchemas().keySet()) : null;
        String where = parent.isEmpty() ? "at the top level" : "in " + name(parent);
        String hint = known != null ? "; did you mean `" + known + "`?"
                : schema instanceof ObjectSchema object
                        ? "; the keys allowed here are " + list(object.getPropertySchemas().keySet()) : "";
        return at(pointer, true, "unknown key `" + key + "` " + where + hint);
    }

    private Finding missingKey(String parent, String key) {
        String what = parent.isEmpty() ? "the file" : name(parent);
        return at(parent, false, what + " is missing the required key `" + key + "`; add it");
    }

    private String describe(String pointer, String keyword, Schema schema, String fallback) {
        YamlNode node = document.node(pointer);
        String name = name(pointer);
        String value = node instanceof YamlScalar scalar ? "`" + scalar.text() + "`" : node == null ? "it" : node.kindName();
        switch (keyword) {
            case "type":
                return name + " must be " + expected(schema) + ", not " + found(node) + yaml11Hint(node, schema);
            case "enum":
                if (schema instanceof EnumSchema enumSchema) {
                    List<String> allowed = enumSchema.getPossibleValuesAsList().stream().map(String::valueOf).toList();
                    String close = node instanceof YamlScalar scalar ? Suggestions.closest(scalar.text(), allowed) : null;
                    return value + " is not a valid " + name + (close != null ? "; did you mean `" + close + "`?" : "")
                            + " (allowed: " + list(allowed) + ")";
                }
                break;
            case "const":
                if (schema instanceof ConstSchema constSchema) {
                    return name + " must be `" + constSchema.getPermittedValue() + "`, not " + value;
                }
                break;
            case "minimum":
            case "exclusiveMinimum":
                if (schema instanceof NumberSchema number) {
                    return name + " is " + value + "; it must be at least " + number.getMinimum();
                }
                break;
            case "maximum":
            case "exclusiveMaximum":
                if (schema instanceof NumberSchema number) {
                    return name + " is " + value + "; it must be at most " + number.getMaximum();
                }
                break;
            case "minLength":
            case "pattern":
                if (schema instanceof StringSchema string && string.getPattern() != null && string.getPattern().toString().contains("/")) {
                    return name + " is " + value + "; write it as `server/virtual server`, e.g. `EXCH01/Default SMTP Virtual Server`";
                }
                return name + " must not be blank";
            case "format":
                return name + " is " + value + "; write a date as YYYY-MM-DD, e.g. 2027-06-30";
            case "minItems":
                if (schema instanceof ArraySchema array) {
                    return name + " must hold at least " + array.getMinItems() + " item(s)";
                }
                break;
            case "uniqueItems":
                return name + " lists the same item twice; keep one";
            default:
                break;
        }
        return name + ": " + fallback;
    }

    private static String expected(Schema schema) {
        if (schema instanceof BooleanSchema) {
            return "true or false";
        }
        if (schema instanceof NumberSchema number) {
            return number.requiresInteger() ? "a whole number" : "a number";
        }
        if (schema instanceof StringSchema) {
            return "a string";
        }
        if (schema instanceof ArraySchema) {
            return "a list";
        }
        if (schema instanceof ObjectSchema) {
            return "a mapping";
        }
        return "of another type";
    }

    private static String found(YamlNode node) {
        if (node instanceof YamlScalar scalar) {
            return scalar.type() == YamlScalar.Type.NULL ? "empty" : scalar.kindName() + " `" + scalar.text() + "`";
        }
        return node == null ? "missing" : node.kindName();
    }

    private static String yaml11Hint(YamlNode node, Schema schema) {
        if (!(node instanceof YamlScalar scalar) || scalar.type() != YamlScalar.Type.STRING) {
            return "";
        }
        String text = scalar.text().toLowerCase(Locale.ROOT);
        if (schema instanceof BooleanSchema && List.of("yes", "no", "on", "off", "y", "n").contains(text)) {
            return " (YAML 1.2 reads yes, no, on and off as strings: write true or false)";
        }
        if (schema instanceof NumberSchema && text.matches("[-+]?0[0-9]+")) {
            return " (a leading zero is not accepted: write the number without it)";
        }
        return "";
    }

    /** How a message names a node: {@code `anonymous` of servers[0].smtpVirtualServers[1].authentication}. */
    private String name(String pointer) {
        if (pointer.isEmpty()) {
            return "the file";
        }
        String[] steps = pointer.substring(1).split("/");
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            String unescaped = step.replace("~1", "/").replace("~0", "~");
            if (unescaped.chars().allMatch(Character::isDigit)) {
                path.append('[').append(unescaped).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(unescaped);
            }
        }
        return "`" + path + "`";
    }

    private Finding at(String pointer, boolean atKey, String message) {
        Location location = document.locate(pointer, atKey);
        return Finding.inFile(Structural.SCHEMA, location, message);
    }

    private static String between(String message, String prefix, String suffix) {
        if (message.startsWith(prefix) && message.endsWith(suffix)) {
            return message.substring(prefix.length(), message.length() - suffix.length());
        }
        return message;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String list(Collection<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }
}
