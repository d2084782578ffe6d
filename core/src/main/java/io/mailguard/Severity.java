package io.mailguard;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    /** The lower-case word users write and read: {@code error}, {@code warning}, {@code info}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Reads a user's word ({@code error}, {@code Warning}, …); empty when it is none of them. */
    public static Optional<Severity> parse(String word) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(word.trim())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
