package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Names;
import io.mailguard.Severity;
import io.mailguard.SourceLines;
import io.mailguard.Structural;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Text from the input, written to act on a terminal or a log, reaches every report shown, never acted on. */
class InertOutputTest {

    private static final String HOSTILE = "x\n::stop-commands::pwned\r\n\u001b[2J\u0007\u009b\u202e";
    private static final String FILE = "mail/a\n::warning::b.yaml";

    private static CheckResult result() {
        Finding finding = new Finding(Structural.SCHEMA, Severity.ERROR, new Location(FILE, 1, 3, "/" + HOSTILE),
                "contoso" + HOSTILE, "EXCH01/" + HOSTILE, "name", "`" + HOSTILE + "` is not allowed", null);
        Map<Integer, String> lines = new TreeMap<>(Map.of(1, "name: \"" + HOSTILE.replace("\n", "\\n") + "\u001b\"", 2, "next\u0007"));
        return new CheckResult(List.of(finding), List.of(FILE), 0, 0, FailOn.ERROR, 0,
                Map.of(FILE, new SourceLines(new TreeMap<>(lines))));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void noReportCarriesARawControlCharacter(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.write(result(), format, out);
        String report = out.toString(StandardCharsets.UTF_8);

        // line feeds and the indentation of the report's own layout are MailGuard's; everything else is not allowed
        assertTrue(report.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != ' ' || c >= 0x7F && c <= 0x9F || c == 0x202E),
                () -> format + ": " + report.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x202E)
                        .mapToObj(Integer::toHexString).toList());
        assertFalse(report.lines().anyMatch(line -> line.startsWith("::")), format + " has a line starting with ::");
        assertTrue(report.contains("u001b"), format + " shows the escape");
    }

    @Test
    void longNamesAreShortenedVisibly() {
        String name = "n".repeat(1_000_000);
        String shown = Names.shorten(name);
        assertEquals(120 + 40 + "…[1,000,000 characters]…".length(), shown.length());
        assertTrue(shown.startsWith("n".repeat(120) + "…[1,000,000 characters]…"), shown);
        assertEquals("EXCH01", Names.shorten("EXCH01"));
        String emoji = "😀".repeat(150);
        assertFalse(Character.isHighSurrogate(Names.shorten(emoji).charAt(119)), "a pair is never split");
    }
}
