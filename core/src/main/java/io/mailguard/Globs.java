package io.mailguard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * File globs as Ant and Maven users write them: {@code *} within a folder name, {@code **} across
 * folders, {@code ?} one character, {@code [a-z]} and {@code [!a]} classes, {@code {a,b}} choices; a
 * leading {@code **}{@code /} also matches a file at the top. Each glob becomes a small automaton that
 * reads the path once, keeping the set of places it may be in the pattern, so a match costs at most
 * pattern length × path length steps whatever the pattern: no glob a user writes makes a run hang.
 */
public final class Globs {

    /** Consumes any character but the folder separator. */
    private static final CharTest NOT_SEPARATOR = c -> c != '/';
    /** Consumes any character. */
    private static final CharTest ANY = c -> true;

    /** What one state of the automaton consumes. */
    @FunctionalInterface
    private interface CharTest {
        boolean accepts(char c);
    }

    /**
     * A state: either it consumes one character that {@code test} accepts and moves to {@code next},
     * or (test {@code null}) it moves without consuming to each of {@code branches}; the state with
     * neither is the match.
     */
    private static final class State {
        CharTest test;
        int next = -1;
        int[] branches = new int[0];
    }

    private final List<Automaton> automata;

    private Globs(List<Automaton> automata) {
        this.automata = automata;
    }

    /**
     * The globs, each trimmed, with {@code \} read as {@code /}; blank ones are left out.
     *
     * @throws InvalidGlobException naming the glob, the place and what is wrong
     */
    public static Globs of(List<String> globs) {
        List<Automaton> automata = new ArrayList<>();
        for (String glob : globs) {
            String pattern = glob.trim().replace('\\', '/');
            if (!pattern.isEmpty()) {
                automata.add(new Compiler(pattern).compile());
            }
        }
        return new Globs(List.copyOf(automata));
    }

    /** True when there is no glob. */
    public boolean isEmpty() {
        return automata.isEmpty();
    }

    /** True when a relative path (with {@code /} separators) matches one of the globs. */
    public boolean matches(String relativePath) {
        for (Automaton automaton : automata) {
            if (automaton.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }

    /** The number of states of all globs: a match takes at most this many steps per character. */
    int size() {
        return automata.stream().mapToInt(a -> a.states.length).sum();
    }

    /** One compiled glob. */
    private record Automaton(State[] states, int start, int match) {

        boolean matches(String path) {
            boolean[] current = new boolean[states.length];
            boolean[] next = new boolean[states.length];
            int[] work = new int[states.length];
            close(start, current, work);
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                Arrays.fill(next, false);
                boolean any = false;
                for (int s = 0; s < states.length; s++) {
                    State state = states[s];
                    if (current[s] && state.test != null && state.test.accepts(c)) {
                        close(state.next, next, work);
                        any = true;
                    }
                }
                if (!any) {
                    return false;
                }
                boolean[] swap = current;
                current = next;
                next = swap;
            }
            return current[match];
        }

        /** Adds {@code from} and every state it reaches without consuming to {@code set}. */
        private void close(int from, boolean[] set, int[] work) {
            if (set[from]) {
                return;
            }
            int top = 0;
            set[from] = true;
            work[top++] = from;
            while (top > 0) {
                for (int branch : states[work[--top]].branches) {
                    if (!set[branch]) {
                        set[branch] = true;
                        work[top++] = branch;
                    }
                }
            }
        }
    }

    /** Reads one glob into parts, then into an automaton (Thompson's construction), right to left. */
    private static final class Compiler {

        /** A part of a glob. */
        private sealed interface Part {
        }

        /** One character that the test accepts. */
        private record One(CharTest test) implements Part {
        }

        /** Any number of characters that the test accepts. */
        private record Many(CharTest test) implements Part {
        }

        /** A leading {@code **}{@code /}: any folders, or none. */
        private record AnyFolders() implements Part {
        }

        /** {@code {a,b,…}}: one of the alternatives. */
        private record Choice(List<List<Part>> alternatives) implements Part {
        }

        private final String glob;
        private final List<State> states = new ArrayList<>();
        private int position;

        Compiler(String glob) {
            this.glob = glob;
        }

        Automaton compile() {
            List<Part> parts = parts(false);
            int match = add(new State());
            int start = build(parts, match);
            return new Automaton(states.toArray(State[]::new), start, match);
        }

        /** The parts up to the end or, within a choice, up to its next {@code ,} or {@code }}. */
        private List<Part> parts(boolean inChoice) {
            List<Part> parts = new ArrayList<>();
            while (position < glob.length()) {
                char c = glob.charAt(position);
                if (inChoice && (c == ',' || c == '}')) {
                    break;
                }
                parts.add(part(!inChoice && parts.stream().allMatch(AnyFolders.class::isInstance)));
            }
            return parts;
        }

        private Part part(boolean atStart) {
            char c = glob.charAt(position);
            switch (c) {
                case '*' -> {
                    if (glob.startsWith("**", position)) {
                        position += 2;
                        if (atStart && glob.startsWith("/", position)) {
                            position++;
                            return new AnyFolders();
                        }
                        return new Many(ANY);
                    }
                    position++;
                    return new Many(NOT_SEPARATOR);
                }
                case '?' -> {
                    position++;
                    return new One(NOT_SEPARATOR);
                }
                case '[' -> {
                    return new One(characterClass());
                }
                case '{' -> {
                    return choice();
                }
                default -> {
                    position++;
                    return new One(d -> d == c);
                }
            }
        }

        private Choice choice() {
            int open = position++;
            List<List<Part>> alternatives = new ArrayList<>();
            while (true) {
                alternatives.add(parts(true));
                if (position >= glob.length()) {
                    throw new InvalidGlobException(glob, open, "the choice '{' is never closed; end it with '}'");
                }
                if (glob.charAt(position++) == '}') {
                    return new Choice(alternatives);
                }
            }
        }

        /** {@code [abc]}, {@code [a-z]}, {@code [!a-z]}: one character (never {@code /}) in or out of the set. */
        private CharTest characterClass() {
            int open = position++;
            boolean negated = position < glob.length() && glob.charAt(position) == '!';
            if (negated) {
                position++;
            }
            StringBuilder singles = new StringBuilder();
            List<char[]> ranges = new ArrayList<>();
            int first = position;
            while (true) {
                if (position >= glob.length()) {
                    throw new InvalidGlobException(glob, open, "the character class '[' is never closed; end it with ']'");
                }
                char c = glob.charAt(position++);
                if (c == ']') {
                    if (position - 1 == first) {
                        throw new InvalidGlobException(glob, open, "the character class is empty; name the characters it allows");
                    }
                    break;
                }
                if (position + 1 < glob.length() && glob.charAt(position) == '-' && glob.charAt(position + 1) != ']') {
                    char last = glob.charAt(position + 1);
                    if (last < c) {
                        throw new InvalidGlobException(glob, position - 1,
                                "the range '" + c + "-" + last + "' runs backwards; write it as '" + last + "-" + c + "'");
                    }
                    ranges.add(new char[] {c, last});
                    position += 2;
                } else {
                    singles.append(c);
                }
            }
            String set = singles.toString();
            char[][] spans = ranges.toArray(char[][]::new);
            return c -> {
                if (c == '/') {
                    return false;
                }
                boolean in = set.indexOf(c) >= 0;
                for (char[] span : spans) {
                    in |= span[0] <= c && c <= span[1];
                }
                return in != negated;
            };
        }

        /** The states of {@code parts}, leading to {@code next}; returns the first. */
        private int build(List<Part> parts, int next) {
            int entry = next;
            for (int i = parts.size() - 1; i >= 0; i--) {
                entry = build(parts.get(i), entry);
            }
            return entry;
        }

        private int build(Part part, int next) {
            if (part instanceof One one) {
                return consume(one.test(), next);
            }
            if (part instanceof Many many) {
                return repeat(many.test(), next);
            }
            if (part instanceof Choice choice) {
                return split(choice.alternatives().stream().mapToInt(alternative -> build(alternative, next)).toArray());
            }
            return split(repeat(ANY, consume(c -> c == '/', next)), next);
        }

        private int add(State state) {
            states.add(state);
            return states.size() - 1;
        }

        private int consume(CharTest test, int next) {
            State state = new State();
            state.test = test;
            state.next = next;
            return add(state);
        }

        private int split(int... branches) {
            State state = new State();
            state.branches = branches;
            return add(state);
        }

        /** Zero or more characters that {@code test} accepts, then {@code next}. */
        private int repeat(CharTest test, int next) {
            State loop = new State();
            int index = add(loop);
            loop.branches = new int[] {consume(test, index), next};
            return index;
        }
    }
}
