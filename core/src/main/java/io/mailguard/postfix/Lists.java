package io.mailguard.postfix;

import java.util.ArrayList;
import java.util.List;

/** Postfix's lists: items separated by commas or white space, {@code { … }} kept whole ({@code mystrtokq()}). */
final class Lists {

    /**
     * Postfix's restriction names, in an open-addressing table by {@code String.hashCode()}: an item that is one of
     * them is that very string, not a copy, however many lists of a fleet hold it.
     */
    private static final String[] NAMES = table();

    private Lists() {
    }

    private static String[] table() {
        List<String> names = new ArrayList<>(RestrictionLists.WITH_ARGUMENT);
        names.addAll(RestrictionLists.WITHOUT_ARGUMENT);
        String[] table = new String[Integer.highestOneBit(names.size()) * 4];
        for (String name : names) {
            int slot = name.hashCode() & (table.length - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = name;
        }
        return table;
    }

    /** The text {@code [from, to)} of {@code s}: a restriction name as kept in {@link #NAMES}, else a copy. */
    private static String word(String s, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        for (int slot = hash & (NAMES.length - 1); NAMES[slot] != null; slot = (slot + 1) & (NAMES.length - 1)) {
            String name = NAMES[slot];
            if (name.length() == to - from && s.startsWith(name, from)) {
                return name;
            }
        }
        return s.substring(from, to);
    }

    static List<Word> split(PositionedText text) {
        Shape shape = SHAPES.of(text.text());
        Word[] words = new Word[shape.words().length];
        for (int i = 0; i < words.length; i++) {
            words[i] = Word.in(shape.words()[i], text, shape.offsets()[i]);
        }
        return switch (words.length) {
            case 0 -> List.of();
            case 1 -> List.of(words[0]);
            case 2 -> List.of(words[0], words[1]);
            default -> List.of(words);
        };
    }

    /** The items of a text and where each starts. */
    private record Shape(String[] words, int[] offsets) {
    }

    /** The items of each text, split once: asked for every value of every service, of texts a fleet repeats. */
    private static final Kept<Shape> SHAPES = new Kept<>(Lists::shape);

    private static Shape shape(String s) {
        // counted first, then made into arrays of their own size
        int count = 0;
        for (int i = next(s, 0); i < s.length(); i = next(s, end(s, i))) {
            count++;
        }
        String[] words = new String[count];
        int[] offsets = new int[count];
        int n = 0;
        for (int i = next(s, 0); i < s.length(); ) {
            int end = end(s, i);
            words[n] = word(s, i, end);
            offsets[n++] = i;
            i = next(s, end);
        }
        return new Shape(words, offsets);
    }

    /** The start of the next word at or after {@code i}, or the end of the text. */
    private static int next(String s, int i) {
        while (i < s.length() && separator(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the word that starts at {@code start}: braces keep separators inside it. */
    private static int end(String s, int start) {
        int i = start;
        int depth = 0;
        while (i < s.length() && (depth > 0 || !separator(s.charAt(i)))) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && depth > 0) {
                depth--;
            }
            i++;
        }
        return i;
    }

    private static boolean separator(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
