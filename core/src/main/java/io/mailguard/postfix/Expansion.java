package io.mailguard.postfix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Postfix's {@code $name} expansion ({@code mac_expand()}): {@code $name}, {@code ${name}}, {@code $(name)},
 * {@code ${name?text}} (text when name is non-empty), {@code ${name:text}} (text when it is empty),
 * {@code ${name?{text}:{text}}}, and {@code $$} for a dollar sign; expanded values are expanded again.
 */
final class Expansion {

    /** How deep values may refer to values before Postfix gives up ("recursion too deep"). */
    private static final int MAX_DEPTH = 100;

    /**
     * A {@code $name} reference as written.
     *
     * @param name the parameter it names
     * @param offset where its {@code $} is
     */
    record Reference(String name, int offset) {
    }

    /** What a name stands for. */
    interface Lookup {

        /** Its raw value; empty when it has none, and it then expands to nothing. */
        Optional<PositionedText> value(String name);

        /** False for a value MailGuard cannot know (a default Postfix takes from the host): the reference stays as written. */
        boolean knowable(String name);
    }

    /** How long an expanded value may grow: references that multiply each other stop here. */
    static final int MAX_CHARS = 1 << 16;

    private final Lookup lookup;
    private final Set<String> expanding = new HashSet<>();
    private final Map<String, PositionedText> done = new HashMap<>();
    private int depth;

    private Expansion(Lookup lookup) {
        this.lookup = lookup;
    }

    /** {@code text} with every reference replaced, places kept (a replaced value keeps its own places). */
    static PositionedText expand(PositionedText text, Lookup lookup) {
        if (text.text().indexOf('$') < 0) {
            return text; // most values refer to nothing: they are their own expansion
        }
        return new Expansion(lookup).expand(text);
    }

    /** The references in a raw value, without expanding anything. */
    static List<Reference> references(String text) {
        return text.indexOf('$') < 0 ? List.of() : REFERENCES.of(text);
    }

    /**
     * Every name that the value of {@code name} refers to, directly or through the values of others ({@code name}
     * itself only when some value refers back to it); {@code textOf} gives a name's raw value, or {@code null}.
     */
    static Set<String> reachable(String name, Function<String, String> textOf) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        String text = textOf.apply(name);
        if (text != null) {
            references(text).forEach(r -> todo.push(r.name()));
        }
        while (!todo.isEmpty()) {
            String next = todo.pop();
            String value = seen.add(next) ? textOf.apply(next) : null;
            if (value != null) {
                references(value).forEach(r -> todo.push(r.name()));
            }
        }
        return seen;
    }

    /**
     * The references of each text, read once: a configuration asks three times for each value that refers to
     * others, and a fleet repeats those values ({@code mydestination = $myhostname, localhost.$mydomain, localhost}).
     */
    private static final Kept<List<Reference>> REFERENCES = new Kept<>(Expansion::read);

    private static List<Reference> read(String text) {
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '$' || i + 1 == text.length()) {
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                i++;
            } else if (next == '{' || next == '(') {
                int end = nameEnd(text, i + 2);
                if (end > i + 2) {
                    references.add(new Reference(text.substring(i + 2, end), i));
                }
            } else {
                int end = nameEnd(text, i + 1);
                if (end > i + 1) {
                    references.add(new Reference(text.substring(i + 1, end), i));
                    i = end - 1;
                }
            }
        }
        return List.copyOf(references);
    }

    private PositionedText expand(PositionedText text) {
        if (++depth > MAX_DEPTH) {
            depth--;
            return text;
        }
        String s = text.text();
        PositionedText.Builder out = new PositionedText.Builder();
        int i = 0;
        while (i < s.length() && out.length() <= MAX_CHARS) {
            int dollar = s.indexOf('$', i);
            if (dollar < 0 || dollar + 1 == s.length()) {
                out.append(text, i, s.length());
                break;
            }
            out.append(text, i, dollar);
            char next = s.charAt(dollar + 1);
            if (next == '$') {
                out.append(text, dollar + 1, dollar + 2);
                i = dollar + 2;
            } else if (next == '{' || next == '(') {
                int close = matching(s, dollar + 1);
                int end = nameEnd(s, dollar + 2);
                if (close < 0 || end == dollar + 2) {
                    out.append(text, dollar, close < 0 ? s.length() : close + 1);
                    i = close < 0 ? s.length() : close + 1;
                    continue;
                }
                String name = s.substring(dollar + 2, end);
                if (!lookup.knowable(name)) {
                    out.append(text, dollar, close + 1);
                } else if (end == close) {
                    out.append(valueOf(name));
                } else {
                    conditional(text, end, close, lookup.value(name).map(v -> valueOf(name)), out);
                }
                i = close + 1;
            } else {
                int end = nameEnd(s, dollar + 1);
                if (end == dollar + 1) {
                    out.append(text, dollar, dollar + 1);
                    i = dollar + 1;
                    continue;
                }
                String name = s.substring(dollar + 1, end);
                if (!lookup.knowable(name)) {
                    out.append(text, dollar, end);
                } else {
                    out.append(valueOf(name));
                }
                i = end;
            }
        }
        depth--;
        return out.build();
    }

    /** The expanded value of a name; nothing for a name that refers back to itself (Postfix stops there). */
    private PositionedText valueOf(String name) {
        PositionedText known = done.get(name);
        if (known != null) {
            return known;
        }
        Optional<PositionedText> value = lookup.value(name);
        if (value.isEmpty() || !expanding.add(name)) {
            return PositionedText.unlocated("");
        }
        PositionedText expanded = expand(value.get());
        expanding.remove(name);
        done.put(name, expanded);
        return expanded;
    }

    /** {@code ?text}, {@code :text} or {@code ?{text}:{text}} from {@code from} (the operator) to {@code close}. */
    private void conditional(PositionedText text, int from, int close, Optional<PositionedText> value,
            PositionedText.Builder out) {
        String s = text.text();
        boolean set = value.isPresent() && !value.get().text().isEmpty();
        char operator = s.charAt(from);
        int start = from + 1;
        if (operator == '?' && start < close && s.charAt(start) == '{') {
            int thenClose = matching(s, start);
            int elseOpen = thenClose < 0 ? -1 : s.indexOf('{', thenClose);
            if (thenClose > 0 && thenClose < close) {
                if (set) {
                    out.append(expand(text.slice(start + 1, thenClose).strip()));
                } else if (elseOpen > 0 && elseOpen < close) {
                    int elseClose = matching(s, elseOpen);
                    out.append(expand(text.slice(elseOpen + 1, elseClose < 0 ? close : elseClose).strip()));
                }
                return;
            }
        }
        if ((operator == '?') == set && (operator == '?' || operator == ':')) {
            out.append(expand(text.slice(start, close)));
        }
    }

    private static int nameEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }

    /** The offset of the bracket closing the one at {@code open}, or -1. */
    private static int matching(String s, int open) {
        char opening = s.charAt(open);
        char closing = opening == '(' ? ')' : '}';
        int level = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == opening) {
                level++;
            } else if (s.charAt(i) == closing && --level == 0) {
                return i;
            }
        }
        return -1;
    }
}
