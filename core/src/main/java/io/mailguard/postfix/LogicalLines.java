package io.mailguard.postfix;

import io.mailguard.Location;
import io.mailguard.load.IgnoreComment;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Postfix configuration file into logical lines the way Postfix's {@code readllines()} does:
 * blank lines and lines whose first non-blank character is {@code #} are skipped, even in the middle of a
 * setting; a line starting with white space continues the previous one, joined without a separator.
 */
final class LogicalLines {

    private static final String IGNORE_MARKER = "mailguard:ignore";

    /** The logical lines of a file, the ignore comments on lines of their own, and the lines Postfix skips. */
    record Result(List<PositionedText> lines, List<IgnoreComment> ignoreComments, List<ConfigProblem> problems) {
    }

    private LogicalLines() {
    }

    static Result read(String file, String text) {
        List<PositionedText> lines = new ArrayList<>();
        List<IgnoreComment> ignores = new ArrayList<>();
        List<ConfigProblem> problems = new ArrayList<>();
        String[] physical = text.split("\r?\n", -1);
        PositionedText.Builder current = null;
        boolean orphan = false;
        for (int i = 0; i < physical.length; i++) {
            String line = physical[i];
            int first = firstNonBlank(line);
            if (first < 0) {
                continue;
            }
            if (line.charAt(first) == '#') {
                int marker = line.indexOf(IGNORE_MARKER);
                if (marker >= 0 && line.substring(first + 1, marker).isBlank()) {
                    ignores.add(new IgnoreComment(i + 1, first + 1, true,
                            line.substring(marker + IGNORE_MARKER.length()).trim()));
                }
                continue;
            }
            Location at = new Location(file, i + 1, 1, "");
            if (first > 0) {
                if (current != null) {
                    current.append(line, at);
                } else if (!orphan) {
                    orphan = true;
                    problems.add(new ConfigProblem(new Location(file, i + 1, first + 1, ""),
                            "this line starts with white space but continues no setting: Postfix ignores it"
                                    + " (\"logical line must not start with whitespace\"); remove the indentation"
                                    + " or join it to the setting it belongs to"));
                }
                continue;
            }
            if (current != null) {
                lines.add(current.build());
            }
            orphan = false;
            current = new PositionedText.Builder().append(line, at);
        }
        if (current != null) {
            lines.add(current.build());
        }
        return new Result(List.copyOf(lines), List.copyOf(ignores), List.copyOf(problems));
    }

    /** White space as Postfix's {@code ISSPACE()} sees it: ASCII space, tab, line ends, form feed, vertical tab. */
    static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static int firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!blank(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
