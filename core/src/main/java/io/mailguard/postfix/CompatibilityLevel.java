package io.mailguard.postfix;

import io.mailguard.Location;
import java.util.Optional;

/**
 * The {@code compatibility_level} Postfix applies: the declared one, or the built-in level of Postfix 3.7
 * ({@code 0}) when none is declared, which keeps the old, looser defaults.
 *
 * @param major the first number
 * @param minor the second number, 0 when not written
 * @param patch the third number, 0 when not written
 * @param declaredAt where it is declared, or {@code null} when Postfix's built-in level applies
 */
public record CompatibilityLevel(int major, int minor, int patch, Location declaredAt) {

    /** Postfix 3.7's built-in level, in force when {@code main.cf} declares none. */
    public static final CompatibilityLevel BUILT_IN = new CompatibilityLevel(0, 0, 0, null);

    /**
     * The level a value such as {@code 3.6} names: one to three numbers of one to four digits, separated by dots;
     * empty when Postfix would refuse it.
     */
    public static Optional<CompatibilityLevel> parse(String value, Location at) {
        String text = value.trim();
        int[] numbers = new int[3];
        int part = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.'; // the end closes the last number, as a dot would
            if (c == '.') {
                if (digits == 0) {
                    return Optional.empty();
                }
                part++;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 4 && part < 3) {
                numbers[part] = numbers[part] * 10 + (c - '0');
                digits++;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new CompatibilityLevel(numbers[0], numbers[1], numbers[2], at));
    }

    /** True when {@code main.cf} declares no level, so the built-in one applies. */
    public boolean builtIn() {
        return declaredAt == null;
    }

    /** True when this level is below {@code major.minor}. */
    public boolean below(int otherMajor, int otherMinor) {
        return major != otherMajor ? major < otherMajor : minor < otherMinor;
    }

    /** The level as Postfix writes it. */
    public String text() {
        return patch != 0 ? major + "." + minor + "." + patch : minor != 0 ? major + "." + minor : Integer.toString(major);
    }
}
