package io.mailguard.model;

import java.util.Objects;

/**
 * A value a file gives for one property: absent, known, or written but not valid for it. Rules fail
 * closed on the last: they say they cannot decide instead of reading it as absent.
 *
 * @param value the value, or {@code null} when absent or invalid
 * @param invalid what was written instead (a scalar's text, or "a mapping", "a list"), or {@code null}
 */
public record Value<T>(T value, String invalid) {

    private static final Value<?> ABSENT = new Value<>(null, null);
    private static final Value<Boolean> TRUE = new Value<>(true, null);
    private static final Value<Boolean> FALSE = new Value<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Value<T> absent() {
        return (Value<T>) ABSENT;
    }

    public static <T> Value<T> of(T value) {
        return new Value<>(Objects.requireNonNull(value), null);
    }

    /** A known boolean; the two are shared. */
    public static Value<Boolean> of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public static <T> Value<T> invalid(String written) {
        return new Value<>(null, written);
    }

    /** True when the file holds something here that is not a valid value. */
    public boolean isInvalid() {
        return invalid != null;
    }

    /** True when the file says nothing here. */
    public boolean isAbsent() {
        return value == null && invalid == null;
    }

    /** True when the value is known and equals {@code expected}. */
    public boolean is(T expected) {
        return expected.equals(value);
    }

    /** The value, or {@code fallback} when absent or invalid. */
    public T or(T fallback) {
        return value == null ? fallback : value;
    }

    /** The value if absent is read as {@code absentMeans}; invalid stays invalid. */
    public Value<T> orDefault(T absentMeans) {
        return isAbsent() ? of(absentMeans) : this;
    }
}
