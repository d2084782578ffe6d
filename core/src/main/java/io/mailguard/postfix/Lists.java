package io.mailguard.postfix;

import java.util.Arrays;
import java.util.List;

/** Postfix's lists: items separated by commas or white space, {@code { … }} kept whole ({@code mystrtokq()}). */
final class Lists {

    private Lists() {
    }

    static List<Word> split(PositionedText text) {
        String s = text.text();
        // one pass into an array grown as needed, then a list of the words' own size: asked for every value of
        // every service
        Word[] words = new Word[4];
        int count = 0;
        for (int i = next(s, 0); i < s.length(); ) {
            int end = end(s, i);
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
            }
            words[count++] = new Word(s.substring(i, end), text.at(i));
            i = next(s, end);
        }
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(words[0]);
            case 2 -> List.of(words[0], words[1]);
            default -> List.of(Arrays.copyOf(words, count));
        };
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
