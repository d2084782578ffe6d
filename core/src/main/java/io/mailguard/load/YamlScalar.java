package io.mailguard.load;

/**
 * A scalar as the user wrote it, with the type YAML 1.2's core schema gives it.
 *
 * @param text the value as written (unquoted, unescaped)
 * @param type its resolved type; quoted scalars are always strings
 */
public record YamlScalar(String text, Type type, int line, int column) implements YamlNode {

    /** The types of YAML 1.2's core schema. */
    public enum Type { STRING, BOOLEAN, INTEGER, FLOAT, NULL }

    /** The value of an {@link Type#INTEGER} scalar ({@code 25}, {@code 0x19}, {@code 0o31}), as a Long when it fits. */
    public Number integerValue() {
        java.math.BigInteger value;
        if (text.startsWith("0x")) {
            value = new java.math.BigInteger(text.substring(2), 16);
        } else if (text.startsWith("0o")) {
            value = new java.math.BigInteger(text.substring(2), 8);
        } else {
            value = new java.math.BigInteger(text.startsWith("+") ? text.substring(1) : text);
        }
        return value.bitLength() < 63 ? (Number) value.longValue() : value;
    }

    @Override
    public String kindName() {
        return switch (type) {
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case INTEGER -> "an integer";
            case FLOAT -> "a number";
            case NULL -> "empty (null)";
        };
    }
}
