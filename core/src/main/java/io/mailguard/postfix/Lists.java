package io.mailguard.postfix;

import java.util.List;

/** Postfix's lists: items separated by commas or white space, {@code { … }} kept whole ({@code mystrtokq()}). */
final class Lists {

    private Lists() {
    }

    static List<Word> split(PositionedText text) {
        // a value as written is what a fleet repeats; one expanded from others holds the configuration's own names
        // (mydestination's $myhostname), which no other configuration repeats: split, not kept
        Shape shape = text.oneRun() ? SHAPES.of(text.text()) : shape(text.text());
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

    /** The items of each text written as is, split once: asked for every value of every service. */
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
            words[n] = RestrictionLists.kept(s.substring(i, end)); // a restriction name is kept once
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
