package io.mailguard.report;

import io.mailguard.Names;

/**
 * Text from the configuration made inert for an output channel: control characters, line and
 * paragraph separators and bidirectional overrides are shown as escapes ({@code \n}, <code>&#92;u001b</code>),
 * so a name or a file name cannot start a new console line, a workflow command or a terminal sequence.
 */
public final class Inert {

    /** The longest message a report carries; a longer one is cut in the middle, visibly. */
    static final int LONGEST_MESSAGE = 2_000;

    private Inert() {
    }

    /** {@code text} with every character that could act on a terminal or a log shown as an escape. */
    public static String visible(String text) {
        if (text == null) {
            return "";
        }
        int first = firstActive(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!active(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * A console line: {@link #visible}, and never starting with {@code ::}, which GitHub Actions reads
     * as a workflow command (the first {@code :} is shown as <code>&#92;u003a</code>).
     */
    public static String consoleLine(String line) {
        return notCommand(visible(line));
    }

    /** A line that is already visible, its first {@code :} escaped when it starts with {@code ::}. */
    static String notCommand(String line) {
        return line.startsWith("::") ? "\\u003a" + line.substring(1) : line;
    }

    /** A message as reports carry it: visible, and cut in the middle when longer than {@value #LONGEST_MESSAGE} characters. */
    static String message(String message) {
        return visible(cut(message, LONGEST_MESSAGE));
    }

    /** A name as reports carry it: visible and {@linkplain Names#shorten shortened}. */
    static String name(String name) {
        return visible(Names.shorten(name));
    }

    private static String cut(String text, int longest) {
        if (text == null || text.length() <= longest) {
            return text;
        }
        int head = longest * 3 / 4;
        int tail = longest / 8;
        head -= Character.isLowSurrogate(text.charAt(head)) ? 1 : 0;
        int from = text.length() - tail;
        from -= Character.isLowSurrogate(text.charAt(from)) ? 1 : 0;
        return text.substring(0, head) + "…[" + (from - head) + " characters left out]…" + text.substring(from);
    }

    private static int firstActive(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (active(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings, overrides and isolates. */
    private static boolean active(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    }
}
