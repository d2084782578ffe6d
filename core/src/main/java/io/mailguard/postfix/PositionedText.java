package io.mailguard.postfix;

import io.mailguard.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * A value as Postfix reads it (continuation lines joined, {@code $name} expanded), that still knows where
 * each character was written: a finding about one restriction of a long list points at that restriction.
 * Most values are written in one run on one line: those keep that run's place alone, without a list.
 */
public final class PositionedText {

    /**
     * Where a run of characters begins.
     *
     * @param offset the run's first character in {@link #text()}
     * @param at where that character is written, or {@code null} for a Postfix default
     */
    public record Mark(int offset, Location at) {
    }

    private final String text;
    /** Where the only run starts, when {@link #runs} is {@code null}. */
    private final Location first;
    /** The runs, when there are several. */
    private final List<Mark> runs;

    /**
     * @param text the characters
     * @param marks where runs of characters start, by offset; a run continues on one line of one file. A mark
     *     without a location stands for text that no file holds (a Postfix default).
     */
    public PositionedText(String text, List<Mark> marks) {
        this.text = text;
        boolean single = marks.size() == 1 && marks.get(0).offset() == 0;
        this.first = single ? marks.get(0).at() : null;
        this.runs = single ? null : List.copyOf(marks);
    }

    private PositionedText(String text, Location first) {
        this.text = text;
        this.first = first;
        this.runs = null;
    }

    /** Text written at one place, one line. */
    public static PositionedText at(String text, Location at) {
        return new PositionedText(text, at);
    }

    /** Text that no file holds: a Postfix default. */
    public static PositionedText unlocated(String text) {
        return text.isEmpty() ? NOTHING : new PositionedText(text, (Location) null);
    }

    /** The empty text no file holds, shared. */
    private static final PositionedText NOTHING = new PositionedText("", (Location) null);

    /** The characters. */
    public String text() {
        return text;
    }

    /**
     * Whether the text is one run: written at one place, on one line, as a value stands in a file (not one
     * expanded from other values, nor continued over lines).
     */
    boolean oneRun() {
        return runs == null;
    }

    /** Where runs of characters start, by offset. */
    public List<Mark> marks() {
        return runs != null ? runs : List.of(new Mark(0, first));
    }

    /** Where the character at {@code offset} is written, or {@code null} when no file holds it. */
    public Location at(int offset) {
        if (runs == null) {
            return first == null || offset < 0 ? null : new Location(first.file(), first.line(), first.column() + offset, first.pointer());
        }
        int index = run(offset);
        Mark run = index < 0 ? null : runs.get(index);
        if (run == null || run.at() == null) {
            return null;
        }
        Location start = run.at();
        return new Location(start.file(), start.line(), start.column() + offset - run.offset(), start.pointer());
    }

    /** Whether a file holds the character at {@code offset}: {@link #at} without making the place. */
    boolean located(int offset) {
        if (runs == null) {
            return first != null && offset >= 0;
        }
        int index = run(offset);
        return index >= 0 && runs.get(index).at() != null;
    }

    /** The index of the run that holds {@code offset}, or -1 before the first. */
    private int run(int offset) {
        List<Mark> marks = marks();
        int low = 0;
        int high = marks.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (marks.get(middle).offset() <= offset) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /** The characters {@code [from, to)} with their places. */
    public PositionedText slice(int from, int to) {
        Builder builder = new Builder();
        builder.append(this, from, to);
        return builder.build();
    }

    /** The text without white space at either end, places kept. */
    public PositionedText strip() {
        int from = 0;
        int to = text.length();
        while (from < to && LogicalLines.blank(text.charAt(from))) {
            from++;
        }
        while (to > from && LogicalLines.blank(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : slice(from, to);
    }

    /** The same text with every place given this JSON-pointer-like path (the setting it belongs to). */
    public PositionedText withPointer(String pointer) {
        if (runs == null) {
            return new PositionedText(text, first == null ? null : new Location(first.file(), first.line(), first.column(), pointer));
        }
        return new PositionedText(text, runs.stream()
                .map(m -> m.at() == null ? m
                        : new Mark(m.offset(), new Location(m.at().file(), m.at().line(), m.at().column(), pointer)))
                .toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PositionedText that && text.equals(that.text) && marks().equals(that.marks());
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + marks().hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a text piece by piece, keeping each piece's places. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Mark> marks = new ArrayList<>();

        /** Appends characters {@code [from, to)} of {@code source}. */
        Builder append(PositionedText source, int from, int to) {
            if (from >= to) {
                return this;
            }
            List<Mark> runs = source.marks();
            for (int i = Math.max(0, source.run(from)); i < runs.size() && runs.get(i).offset() < to; i++) {
                int runStart = runs.get(i).offset();
                int runEnd = i + 1 < runs.size() ? runs.get(i + 1).offset() : source.text().length();
                int start = Math.max(from, runStart);
                int end = Math.min(to, runEnd);
                if (start < end) {
                    Location base = runs.get(i).at();
                    addMark(base == null ? null
                            : new Location(base.file(), base.line(), base.column() + start - runStart, base.pointer()));
                    text.append(source.text(), start, end);
                }
            }
            return this;
        }

        /** Appends a whole text. */
        Builder append(PositionedText source) {
            return append(source, 0, source.text().length());
        }

        /** Appends characters written at {@code at}. */
        Builder append(String characters, Location at) {
            if (!characters.isEmpty()) {
                addMark(at);
                text.append(characters);
            }
            return this;
        }

        int length() {
            return text.length();
        }

        private void addMark(Location at) {
            if (!marks.isEmpty()) {
                Mark last = marks.get(marks.size() - 1);
                int offset = text.length();
                boolean continues = last.at() == null ? at == null
                        : at != null && at.file().equals(last.at().file()) && at.line() == last.at().line()
                                && at.column() == last.at().column() + offset - last.offset();
                if (continues) {
                    return;
                }
                if (last.offset() == offset) {
                    marks.remove(marks.size() - 1);
                }
            }
            marks.add(new Mark(text.length(), at));
        }

        PositionedText build() {
            if (marks.isEmpty()) {
                marks.add(new Mark(0, null));
            }
            return new PositionedText(text.toString(), marks);
        }
    }
}
