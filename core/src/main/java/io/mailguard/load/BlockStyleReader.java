package io.mailguard.load;

/**
 * Reads the YAML that configuration files are nearly always written in — ASCII, block mappings and
 * lists indented with spaces, one-line plain and quoted scalars, one-line flow lists of scalars,
 * comments — straight from the file's bytes into a {@link NodeStack}, several times faster than through
 * SnakeYAML Engine's events. It gives up at the first thing outside that subset (anchors, tags, block or
 * multi-line scalars, escapes, flow mappings, tabs, a CR, document markers, anything unusual)
 * and at any finding; the loader then reads the file with SnakeYAML Engine, which has the last word on
 * everything else. Where it does read a file, it gives the tree SnakeYAML Engine gives, positions
 * included ({@code BlockStyleReaderTest} and {@code BlockStyleReaderFuzzTest} compare the two).
 */
final class BlockStyleReader {

    /** Thrown at the first thing this reader leaves to SnakeYAML Engine. */
    private static final class OutsideSubset extends RuntimeException {
        OutsideSubset() {
            super(null, null, false, false);
        }
    }

    private static final OutsideSubset OUTSIDE = new OutsideSubset();

    /** SnakeYAML Engine refuses simple keys longer than 1024 characters; leave those to it. */
    private static final int MAX_KEY = 1000;

    /** The characters that cannot start a plain scalar here (YAML's indicators; {@code -?:} are left too). */
    private static final boolean[] INDICATOR = asciiSet("-?:,[]{}#&*!|>'\"%@`");
    private static final boolean[] FLOW_INDICATOR = asciiSet(",[]{}");
    /** The characters a plain scalar simply continues over, in block context and in a flow list. */
    private static final boolean[] IN_BLOCK = ordinary("\n:#");
    private static final boolean[] IN_FLOW = ordinary("\n:#,[]{}");

    /** How a plain scalar ended. */
    private enum End { LINE, COMMENT, COLON, FLOW }

    private final byte[] text;
    private final int length;
    private final NodeStack nodes;
    private final ScalarStrings strings;
    /** Where the line being read starts, and its 1-based number. */
    private int lineStart;
    private int line = 1;
    /** The next line that holds a node: its indentation (-1 at the end of the file) and first character. */
    private int indent;
    private int content;
    /** Set by {@link #plain}: how the scalar ended and where. */
    private End end;
    private int endAt;

    private BlockStyleReader(byte[] text, int start, NodeStack nodes, ScalarStrings strings) {
        this.text = text;
        this.length = text.length;
        this.nodes = nodes;
        this.strings = strings;
        this.lineStart = start;
    }

    /**
     * Whether the whole file was read into {@code nodes}, as a mapping, without a finding.
     *
     * @param text the file's bytes, all ASCII
     * @param start where the YAML starts (after a byte-order mark)
     * @param strings the strings already made from short scalars
     */
    static boolean read(byte[] text, int start, NodeStack nodes, ScalarStrings strings) {
        try {
            new BlockStyleReader(text, start, nodes, strings).document();
        } catch (OutsideSubset | NodeStack.Refusal e) {
            return false;
        }
        return nodes.findings().isEmpty();
    }

    private void document() {
        nextLine();
        if (indent < 0 || isEntry(content)) {
            throw OUTSIDE;
        }
        mapping(indent, content);
        if (indent >= 0) {
            throw OUTSIDE;
        }
    }

    /** A block mapping whose keys stand at column {@code column} (0-based); its first key is at {@code at}. */
    private void mapping(int column, int at) {
        nodes.open(true, null, line, column + 1);
        int key = at;
        while (true) {
            int keyEnd = plain(key, false);
            if (end != End.COLON || endAt - key > MAX_KEY) {
                throw OUTSIDE;
            }
            nodes.scalar(string(key, keyEnd), true, null, line, key - lineStart + 1);
            int colon = endAt;
            int value = skipSpaces(colon + 1);
            char c = charAt(value);
            if (c == '\n' || c == '#') {
                int emptyLine = line;
                int emptyColumn = colon - lineStart + 2;
                nextLineFrom(value);
                if (indent > column) {
                    block();
                } else if (indent == column && isEntry(content)) {
                    sequence(column);
                } else {
                    nodes.scalar("", true, null, emptyLine, emptyColumn);
                }
            } else {
                inline(value);
                if (indent > column) {
                    throw OUTSIDE;
                }
            }
            if (indent != column) {
                break;
            }
            if (isEntry(content)) {
                throw OUTSIDE;
            }
            key = content;
        }
        nodes.close();
    }

    /** A block list whose dashes stand at column {@code column}, starting on the current line. */
    private void sequence(int column) {
        nodes.open(false, null, line, column + 1);
        do {
            int item = skipSpaces(content + 1);
            char c = charAt(item);
            if (c == '\n' || c == '#' || isEntry(item)) {
                throw OUTSIDE;
            }
            if (isKey(item)) {
                mapping(item - lineStart, item);
            } else {
                inline(item);
            }
            if (indent > column) {
                throw OUTSIDE;
            }
        } while (indent == column && isEntry(content));
        nodes.close();
    }

    /** A mapping or list on the next line, more indented than its key. */
    private void block() {
        if (isEntry(content)) {
            sequence(indent);
        } else {
            mapping(indent, content);
        }
    }

    /** A value that ends on its line, from {@code at}; moves on to the next line that holds a node. */
    private void inline(int at) {
        char c = charAt(at);
        int after;
        if (c == '[') {
            after = flowList(at);
        } else if (c == '\'' || c == '"') {
            after = quoted(at);
        } else {
            int valueEnd = plain(at, false);
            if (end == End.COLON) {
                throw OUTSIDE;
            }
            nodes.scalar(string(at, valueEnd), true, null, line, at - lineStart + 1);
            after = endAt;
        }
        int rest = skipSpaces(after);
        char next = charAt(rest);
        if (next != '\n' && (next != '#' || text[rest - 1] != ' ')) {
            throw OUTSIDE;
        }
        nextLineFrom(rest);
    }

    /** A one-line flow list of scalars ({@code [a, b]}); returns the index after its {@code ]}. */
    private int flowList(int at) {
        nodes.open(false, null, line, at - lineStart + 1);
        int i = skipSpaces(at + 1);
        if (charAt(i) != ']') {
            while (true) {
                char c = charAt(i);
                if (c == '\'' || c == '"') {
                    i = skipSpaces(quoted(i));
                } else {
                    int itemEnd = plain(i, true);
                    if (end != End.FLOW) {
                        throw OUTSIDE;
                    }
                    nodes.scalar(string(i, itemEnd), true, null, line, i - lineStart + 1);
                    i = endAt;
                }
                c = charAt(i);
                if (c == ']') {
                    break;
                }
                if (c != ',') {
                    throw OUTSIDE;
                }
                i = skipSpaces(i + 1);
                if (charAt(i) == ']') {
                    throw OUTSIDE;
                }
            }
        }
        nodes.close();
        return i + 1;
    }

    /** A one-line quoted scalar without escapes but {@code ''}; returns the index after its closing quote. */
    private int quoted(int at) {
        char quote = (char) text[at];
        StringBuilder doubled = null;
        int from = at + 1;
        int i = from;
        while (true) {
            char c = charAt(i);
            if (c == quote) {
                if (quote == '\'' && charAt(i + 1) == '\'') {
                    doubled = doubled == null ? new StringBuilder() : doubled;
                    doubled.append(string(from, i + 1));
                    i += 2;
                    from = i;
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\\' || !printable(c)) {
                throw OUTSIDE;
            }
            i++;
        }
        String value = doubled == null ? string(from, i) : doubled.append(string(from, i)).toString();
        nodes.scalar(value, false, null, line, at - lineStart + 1);
        char after = charAt(i + 1);
        if (after != ' ' && after != '\n' && after != ',' && after != ']') {
            throw OUTSIDE;
        }
        return i + 1;
    }

    /**
     * A plain scalar from {@code at}, ending at a line end, a comment, a {@code :} before a space
     * (a key) or, in a flow list, a {@code ,} or {@code ]}; returns the end of its text (without
     * trailing spaces) and sets {@link #end} and {@link #endAt}.
     */
    private int plain(int at, boolean flow) {
        char first = charAt(at);
        if (first == '\n' || (first < 0x80 && INDICATOR[first])) {
            throw OUTSIDE;
        }
        boolean[] ordinary = flow ? IN_FLOW : IN_BLOCK;
        int valueEnd = at;
        int i = at;
        while (true) {
            char c = charAt(i);
            if (c < 0x80 && ordinary[c]) {
                if (c != ' ') {
                    valueEnd = i + 1;
                }
                i++;
                continue;
            }
            if (c == '\n') {
                end = End.LINE;
                break;
            }
            if (c == ':') {
                char next = charAt(i + 1);
                if (next == ' ' || next == '\n') {
                    end = End.COLON;
                    break;
                }
                if (flow && next < 0x80 && FLOW_INDICATOR[next]) {
                    throw OUTSIDE;
                }
            } else if (c == '#' && text[i - 1] == ' ') {
                end = End.COMMENT;
                break;
            } else if (flow && (c == ',' || c == ']')) {
                end = End.FLOW;
                break;
            } else if (c != '#') {
                throw OUTSIDE;
            }
            valueEnd = i + 1;
            i++;
        }
        endAt = i;
        return valueEnd;
    }

    /** A {@code -} that starts a list item. */
    private boolean isEntry(int at) {
        if (charAt(at) != '-') {
            return false;
        }
        char next = charAt(at + 1);
        return next == ' ' || next == '\n';
    }

    /** Whether a plain key and its {@code :} start at {@code at}. */
    private boolean isKey(int at) {
        char first = charAt(at);
        if (first == '\'' || first == '"' || first == '[') {
            return false;
        }
        plain(at, false);
        return end == End.COLON;
    }

    /** Moves past the rest of the current line from {@code at} (spaces and a comment), then to the next line with a node. */
    private void nextLineFrom(int at) {
        int i = at;
        while (i < length) {
            char c = (char) text[i++];
            if (c == '\n') {
                break;
            }
            if (!printable(c)) {
                throw OUTSIDE;
            }
        }
        lineStart = i;
        line++;
        nextLine();
    }

    /** From the start of a line, finds the next line that holds more than spaces and a comment. */
    private void nextLine() {
        while (lineStart < length) {
            int i = lineStart;
            while (i < length && text[i] == ' ') {
                i++;
            }
            char c = charAt(i);
            if (c != '\n' && c != '#') {
                if (!printable(c) || (i == lineStart && (c == '-' || c == '.') && startsMarker(i))) {
                    throw OUTSIDE;
                }
                indent = i - lineStart;
                content = i;
                return;
            }
            int next = i;
            while (next < length && text[next] != '\n') {
                if (!printable((char) text[next])) {
                    throw OUTSIDE;
                }
                next++;
            }
            lineStart = next + 1;
            line++;
        }
        indent = -1;
        content = length;
    }

    /** {@code ---} or {@code ...} at the start of a line: a document marker. */
    private boolean startsMarker(int at) {
        byte c = text[at];
        return at + 2 < length && text[at + 1] == c && text[at + 2] == c;
    }

    private int skipSpaces(int at) {
        int i = at;
        while (i < length && text[i] == ' ') {
            i++;
        }
        return i;
    }

    private static boolean[] asciiSet(String characters) {
        boolean[] set = new boolean[0x80];
        for (char c : characters.toCharArray()) {
            set[c] = true;
        }
        return set;
    }

    /** Printable ASCII but the given characters. */
    private static boolean[] ordinary(String except) {
        boolean[] set = new boolean[0x80];
        for (char c = 0x20; c < 0x7F; c++) {
            set[c] = except.indexOf(c) < 0;
        }
        return set;
    }

    /** The character at {@code i}; a line end past the end of the text. */
    private char charAt(int i) {
        return i < length ? (char) text[i] : '\n';
    }

    private String string(int from, int to) {
        return strings.of(text, from, to);
    }

    /** The characters this reader handles in a scalar or comment: printable ASCII (tabs, CR and the rest go to SnakeYAML Engine). */
    private static boolean printable(char c) {
        return c >= 0x20 && c < 0x7F;
    }
}
