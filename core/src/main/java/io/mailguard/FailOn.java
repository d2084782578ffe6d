package io.mailguard;

import java.util.Locale;
import java.util.Optional;

/** The least serious severity that fails the build, or never. */
public enum FailOn {
    ERROR,
    WARNING,
    INFO,
    NEVER;

    /** True when a counting finding of this severity fails the check. */
    public boolean fails(Severity severity) {
        return this != NEVER && severity.atLeast(Severity.valueOf(name()));
    }

    /** Reads {@code error}, {@code warning}, {@code info} or {@code never}, ignoring case. */
    public static Optional<FailOn> parse(String word) {
        for (FailOn value : values()) {
            if (value.name().equalsIgnoreCase(word.trim())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
