package io.mailguard.postfix;

import io.mailguard.Location;
import java.util.Objects;

/**
 * One field or argument of a {@code master.cf} line, or one item of a list value. An item split from a value
 * finds its place when asked (when a finding names it): the items of a large fleet's lists keep no location each.
 */
public final class Word {

    private final String text;
    private final Location at;
    /** The value the word was split from, or {@code null} when {@link #at} is given. */
    private final PositionedText value;
    private final int offset;

    /**
     * @param text the word ({@code { … }} braces removed where Postfix removes them)
     * @param at where it is written, or {@code null} for a Postfix default
     */
    public Word(String text, Location at) {
        this(text, at, null, 0);
    }

    private Word(String text, Location at, PositionedText value, int offset) {
        this.text = text;
        this.at = at;
        this.value = value;
        this.offset = offset;
    }

    /** The word {@code text} that starts at {@code offset} of {@code value}. */
    static Word in(String text, PositionedText value, int offset) {
        return new Word(text, null, value, offset);
    }

    /** The word. */
    public String text() {
        return text;
    }

    /** Where it is written, or {@code null} for a Postfix default. */
    public Location at() {
        return value == null ? at : value.at(offset);
    }

    /** Where it starts in the value it was split from (0 for a word given its place). */
    int offset() {
        return offset;
    }

    /** Whether it is written somewhere (a Postfix default is not), found without making its place. */
    public boolean located() {
        return value == null ? at != null : value.located(offset);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Word that && text.equals(that.text) && Objects.equals(at(), that.at());
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + Objects.hashCode(at());
    }

    @Override
    public String toString() {
        return text;
    }
}
