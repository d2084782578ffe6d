package io.mailguard.postfix;

import java.util.ArrayList;
import java.util.List;

/** Postfix's lists: items separated by commas or white space, {@code { … }} kept whole ({@code mystrtokq()}). */
final class Lists {

    private Lists() {
    }

    static List<Word> split(PositionedText text) {
        String s = text.text();
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && separator(s.charAt(i))) {
                i++;
            }
            if (i == s.length()) {
                break;
            }
            int start = i;
            int depth = 0;
            while (i < s.length() && (depth > 0 || !separator(s.charAt(i)))) {
                if (s.charAt(i) == '{') {
                    depth++;
                } else if (s.charAt(i) == '}' && depth > 0) {
                    depth--;
                }
                i++;
            }
            words.add(new Word(s.substring(start, i), text.at(start)));
        }
        return List.copyOf(words); // unchangeable: the services that share a value share its list
    }

    private static boolean separator(char c) {
        return c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
