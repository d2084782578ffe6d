package io.mailguard;

import java.util.Locale;

/**
 * Why a finding does not count.
 *
 * @param kind where the suppression comes from
 * @param justification the reason the user gave
 */
public record Suppression(Kind kind, String justification) {

    /** Where a suppression comes from. */
    public enum Kind {
        /** A {@code # mailguard:ignore} comment in the YAML. */
        IN_SOURCE,
        /** An entry of the suppression file. */
        EXTERNAL,
        /** The baseline, or the revision given to {@code newSince}. */
        BASELINE;

        /** The word reports show: {@code in-source}, {@code external}, {@code baseline}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
