package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Structural;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real engine on configuration files written as text blocks and checks that the findings of
 * the rules under test are exactly the ones marked in the text.
 *
 * <p>A marker is a trailing comment {@code # expect: MG003}, {@code # expect: MG003 warning} or
 * {@code # expect: MG003@17}, several allowed ({@code # expect: MG008 MG009}). The finding must be on
 * that line, at the given column or else where the line's value starts ({@code key: value}) or, for a
 * line without a value, where its key or list item starts; and at the given severity, or else the
 * rule's default. The files must be free of structural findings (MG1xx), so a negative case cannot
 * pass just because the file was refused.
 */
final class RuleHarness {

    /** The date every check runs on. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static final MailGuard ENGINE = new MailGuard();
    private static final String MARKER = "# expect:";
    private static final Pattern EXPECTATION = Pattern.compile("(MG\\d{3})(?: (error|warning|info))?(?:@(\\d+))?");

    private final Set<String> rules;

    /** A harness for these rule ids; markers of other rules are ignored. */
    RuleHarness(String... rules) {
        this.rules = Set.of(rules);
    }

    /**
     * Writes {@code files} to {@code dir} as {@code mail-1.yaml}, {@code mail-2.yaml}, …, checks them, asserts
     * the marked findings, and returns the findings of the rules under test for further assertions.
     */
    List<Finding> check(Path dir, String... files) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            expected.addAll(expectations(fileName(i), files[i]));
        }
        CheckResult result = run(dir, files);
        assertEquals(List.of(), result.findings().stream()
                .filter(f -> Structural.ALL.contains(f.rule()) && !rules.contains(f.rule().id()))
                .map(f -> f.location() + " " + f.message()).toList(), "the configuration must be valid");
        List<Finding> found = result.findings().stream().filter(f -> rules.contains(f.rule().id())).toList();
        assertEquals(expected.stream().sorted().toList(), found.stream().map(RuleHarness::describe).sorted().toList(),
                () -> "messages: " + found.stream().map(Finding::message).toList());
        return found;
    }

    /** Writes {@code files} to {@code dir} as {@code mail-1.yaml}, {@code mail-2.yaml}, … and checks them, markers ignored. */
    static CheckResult run(Path dir, String... files) {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < files.length; i++) {
            paths.add(write(dir.resolve(fileName(i)), files[i]));
        }
        return ENGINE.check(new CheckRequest(dir, paths, FailOn.ERROR, SeverityOverrides.NONE, TODAY, LoadLimits.DEFAULT));
    }

    private static String fileName(int index) {
        return "mail-" + (index + 1) + ".yaml";
    }

    private static String describe(Finding finding) {
        return finding.location() + " " + finding.rule().id() + " " + finding.severity().label();
    }

    private List<String> expectations(String file, String text) {
        List<String> expected = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int marker = lines[i].indexOf(MARKER);
            if (marker < 0) {
                continue;
            }
            String code = lines[i].substring(0, marker).stripTrailing();
            Matcher m = EXPECTATION.matcher(lines[i].substring(marker + MARKER.length()));
            while (m.find()) {
                String rule = m.group(1);
                if (rules.contains(rule)) {
                    String severity = m.group(2) != null ? m.group(2)
                            : RuleCatalogue.find(rule).orElseThrow().defaultSeverity().label();
                    int column = m.group(3) != null ? Integer.parseInt(m.group(3)) : column(code);
                    expected.add(file + ":" + (i + 1) + ":" + column + " " + rule + " " + severity);
                }
            }
        }
        return expected;
    }

    /** The 1-based column of the line's value, or of its key or list item when it has no value. */
    private static int column(String code) {
        int start = 0;
        while (start < code.length() && (code.charAt(start) == ' ' || code.startsWith("- ", start))) {
            start++;
        }
        int colon = code.indexOf(": ", start);
        if (colon < 0) {
            return start + 1;
        }
        int value = colon + 1;
        while (code.charAt(value) == ' ') {
            value++;
        }
        return value + 1;
    }

    private static Path write(Path path, String text) {
        try {
            return Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
