package io.mailguard.load;

import java.util.regex.Pattern;

/**
 * YAML 1.2 core-schema resolution of plain scalars, with one stricter choice: an integer written
 * with a leading zero ({@code 0600}, a YAML 1.1 octal) stays a string, so it fails a number field
 * instead of silently changing value.
 */
final class ScalarTypes {

    private static final Pattern INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]*)|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT =
            Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private ScalarTypes() {
    }

    static YamlScalar.Type resolve(String text) {
        switch (text) {
            case "", "~", "null", "Null", "NULL":
                return YamlScalar.Type.NULL;
            case "true", "True", "TRUE", "false", "False", "FALSE":
                return YamlScalar.Type.BOOLEAN;
            default:
                break;
        }
        char first = text.charAt(0);
        boolean numeric = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
        if (!numeric) {
            return YamlScalar.Type.STRING;
        }
        if (isDecimal(text)) {
            return YamlScalar.Type.INTEGER;
        }
        if (cannotBeNumber(text)) {
            return YamlScalar.Type.STRING;
        }
        if (INTEGER.matcher(text).matches()) {
            return YamlScalar.Type.INTEGER;
        }
        if (FLOAT.matcher(text).matches() && !leadingZeroInteger(text)) {
            return YamlScalar.Type.FLOAT;
        }
        return YamlScalar.Type.STRING;
    }

    /** Digits without a leading zero ({@code 25}, {@code 0}): most numbers in a configuration, told without a regex. */
    private static boolean isDecimal(String text) {
        if (text.length() > 1 && text.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Addresses, ranges and times ({@code 10.0.0.0/8}, {@code 2001:db8::1}, {@code 12:30}): no number has two dots, a slash, a colon or a space. */
    private static boolean cannotBeNumber(String text) {
        int dots = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == ':' || c == ' ' || (c == '.' && ++dots > 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 0600} would match the float pattern as written; it is a YAML 1.1 octal, kept as text. */
    private static boolean leadingZeroInteger(String text) {
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return digits.length() > 1 && digits.charAt(0) == '0' && digits.chars().allMatch(Character::isDigit);
    }
}
