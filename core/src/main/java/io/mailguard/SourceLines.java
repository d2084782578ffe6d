package io.mailguard;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The lines of one checked file that reports show beside its findings, exactly as they were judged
 * (never read again for the report), each cut to a bounded width around the first finding on it.
 *
 * @param lines 1-based line number → the line's text, cut with a visible {@code …} where it was shortened
 */
public record SourceLines(NavigableMap<Integer, String> lines) {

    /** No lines: the file's text was not kept (it changed, or was not read). */
    public static final SourceLines NONE = new SourceLines(Collections.emptyNavigableMap());

    public SourceLines {
        lines = Collections.unmodifiableNavigableMap(new TreeMap<>(lines));
    }
}
