package io.mailguard.postfix;

import io.mailguard.Location;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,4})(?:\\.(\\d{1,4})(?:\\.(\\d{1,4}))?)?");

    /** The level a value such as {@code 3.6} names; empty when Postfix would refuse it. */
    public static Optional<CompatibilityLevel> parse(String value, Location at) {
        Matcher m = SYNTAX.matcher(value.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CompatibilityLevel(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), at));
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
