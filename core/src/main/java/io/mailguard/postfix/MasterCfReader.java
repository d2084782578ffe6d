package io.mailguard.postfix;

import io.mailguard.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code master.cf} the way Postfix's master reads it ({@code master_ent.c}). */
final class MasterCfReader {

    private static final Pattern WAKEUP = Pattern.compile("-|\\d+\\??");
    private static final Pattern MAX_PROCESSES = Pattern.compile("-|\\d+");
    private static final Set<String> TYPES = Set.of("inet", "unix", "unix-dgram", "fifo", "pass");
    private static final String FIX = "write it as `-o name=value` (or `-o { name = value }` when the value has spaces)";

    private MasterCfReader() {
    }

    /** The services of one {@code master.cf}; problems are added to {@code problems}. */
    static List<MasterService> read(List<PositionedText> lines, List<ConfigProblem> problems) {
        List<MasterService> services = new ArrayList<>();
        for (PositionedText line : lines) {
            MasterService service = service(line, problems);
            if (service != null) {
                services.add(service);
            }
        }
        return List.copyOf(services);
    }

    private static MasterService service(PositionedText line, List<ConfigProblem> problems) {
        List<PositionedText> words = new ArrayList<>();
        if (!split(line, words, problems)) {
            return null;
        }
        String[] fields = {"service", "type", "private", "unpriv", "chroot", "wakeup", "maxproc", "command"};
        if (words.size() < fields.length) {
            PositionedText last = words.get(words.size() - 1);
            Location end = last.text().isEmpty() ? last.at(0) : last.at(last.text().length() - 1);
            problems.add(new ConfigProblem(new Location(end.file(), end.line(), end.column() + (last.text().isEmpty() ? 0 : 1), ""),
                    "missing \"" + fields[words.size()] + "\" field: a master.cf entry has the fields service, type,"
                            + " private, unpriv, chroot, wakeup, maxproc and command; write `-` for a default"));
            return null;
        }
        String name = words.get(0).text();
        String type = words.get(1).text();
        boolean valid = true;
        if (!TYPES.contains(type)) {
            valid = problem(problems, words.get(1), "bad service type `" + Names.shorten(type)
                    + "`: write inet, unix, unix-dgram, fifo or pass");
        }
        for (int i = 2; i <= 4; i++) {
            String value = words.get(i).text();
            if (!Set.of("y", "n", "-").contains(value)) {
                valid = problem(problems, words.get(i), "field \"" + fields[i] + "\": bad value `" + Names.shorten(value)
                        + "`: write y, n or -");
            }
        }
        if ("inet".equals(type) && !"n".equals(words.get(2).text())) {
            valid = problem(problems, words.get(2), "an inet service cannot be private: write n in the private field");
        }
        if (!WAKEUP.matcher(words.get(5).text()).matches()) {
            valid = problem(problems, words.get(5), "field \"wakeup\": bad value `" + Names.shorten(words.get(5).text())
                    + "`: write a number of seconds (optionally followed by ?) or -");
        }
        if (!MAX_PROCESSES.matcher(words.get(6).text()).matches()) {
            valid = problem(problems, words.get(6), "field \"maxproc\": bad value `" + Names.shorten(words.get(6).text())
                    + "`: write a number or -");
        }
        if (!valid) {
            return null;
        }
        String pointer = "/" + name + "/" + type + "/%s";
        List<Word> arguments = new ArrayList<>();
        List<Parameter> overrides = new ArrayList<>();
        for (int i = 8; i < words.size(); i++) {
            PositionedText word = words.get(i);
            arguments.add(new Word(word.text(), word.at(0)));
            if (word.text().startsWith("#")) {
                String rest = String.join(" ", words.subList(i, words.size()).stream().map(PositionedText::text).toList());
                problem(problems, word, "`" + Names.shorten(rest) + "` is not a comment: Postfix has no comments"
                        + " at the end of a line and passes these words to " + words.get(7).text()
                        + " as arguments; move the comment to a line of its own above the service");
                break;
            }
            if (word.text().equals("-o")) {
                if (i + 1 == words.size()) {
                    problem(problems, word, "`-o` without a setting after it: " + FIX);
                    continue;
                }
                PositionedText setting = words.get(++i);
                arguments.add(new Word(setting.text(), setting.at(0)));
                add(Settings.parse(setting, pointer, FIX, problems), overrides);
            } else if (word.text().startsWith("-o")) {
                add(Settings.parse(word.slice(2, word.text().length()), pointer, FIX, problems), overrides);
            }
        }
        return new MasterService(name, type, words.get(2).text(), words.get(3).text(), words.get(4).text(),
                words.get(5).text(), words.get(6).text(), words.get(7).text(), arguments, overrides, words.get(0).at(0));
    }

    private static void add(Parameter parameter, List<Parameter> to) {
        if (parameter != null) {
            to.add(parameter);
        }
    }

    private static boolean problem(List<ConfigProblem> problems, PositionedText word, String message) {
        problems.add(new ConfigProblem(word.at(0), message));
        return false;
    }

    /**
     * Splits at white space outside braces ({@code mystrtokq()}), and strips a word's outer braces and the
     * white space inside them ({@code extpar()}); false with a problem when a brace is not closed.
     */
    static boolean split(PositionedText line, List<PositionedText> words, List<ConfigProblem> problems) {
        String s = line.text();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && LogicalLines.blank(s.charAt(i))) {
                i++;
            }
            if (i == s.length()) {
                break;
            }
            int start = i;
            int depth = 0;
            while (i < s.length() && (depth > 0 || !LogicalLines.blank(s.charAt(i)))) {
                char c = s.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && depth > 0) {
                    depth--;
                }
                i++;
            }
            if (depth > 0) {
                problems.add(new ConfigProblem(line.at(start), "missing '}' after `"
                        + Names.shorten(s.substring(start)) + "`: close the brace"));
                return false;
            }
            if (s.charAt(start) == '{') {
                int close = s.lastIndexOf('}', i - 1);
                if (close != i - 1) {
                    problems.add(new ConfigProblem(line.at(close + 1), "text after '}' in `"
                            + Names.shorten(s.substring(start, i)) + "`: put a space after the closing brace"));
                    return false;
                }
                PositionedText inside = line.slice(start + 1, close).strip();
                words.add(inside.text().isEmpty() ? PositionedText.at("", line.at(start)) : inside);
            } else {
                words.add(line.slice(start, i));
            }
        }
        return true;
    }
}
