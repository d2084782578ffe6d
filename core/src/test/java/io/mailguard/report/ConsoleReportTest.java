package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Severity;
import io.mailguard.Structural;
import io.mailguard.Suppression;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleReportTest {

    @TempDir
    Path project;

    @Test
    void colourIsOnlyForTheSeverityAndOnlyWhenAsked() throws Exception {
        CheckResult result = ReportFixture.mixed(project);

        List<String> plain = ConsoleReport.lines(result);
        List<String> coloured = ConsoleReport.lines(result, true);

        assertEquals(plain, ConsoleReport.lines(result, false));
        assertEquals(3, coloured.size());
        assertEquals(plain.get(0).replace(": error ", ": \u001B[1;31merror\u001B[0m "), coloured.get(0));
        assertEquals(plain.get(1).replace(": warning ", ": \u001B[33mwarning\u001B[0m "), coloured.get(1));
        assertEquals(plain.get(2).replace(": info ", ": \u001B[36minfo\u001B[0m "), coloured.get(2));
        assertEquals(false, plain.get(0).contains("\u001B"));
    }

    @Test
    void githubAnnotationsForCountingFindingsOnly() throws Exception {
        List<String> annotations = ConsoleReport.githubAnnotations(ReportFixture.mixed(project));

        assertEquals(3, annotations.size());
        assertEquals("::error file=config/edge gateway.yaml,line=9,col=15,title=MG100 schema-violation::"
                + "`internet-gateway` is not a valid `servers[0].smtpVirtualServers[0].role` (allowed: client-submission, imap-pop, internal, "
                + "internet-bridgehead, unspecified) " + ReportFixture.SCRIPT, annotations.get(0));
        assertEquals(true, annotations.get(1).startsWith("::warning file="));
        assertEquals(true, annotations.get(2).startsWith("::notice file="));
    }

    @Test
    void githubAnnotationsEscapeWhatWorkflowCommandsReserve() {
        Finding finding = new Finding(Structural.SCHEMA, Severity.ERROR, new Location("a,b:c%.yaml", 2, 3, "/x"),
                "", "", "/x", "100% wrong\r\nsee: here, there", null);
        CheckResult result = new CheckResult(List.of(finding,
                finding.suppressedBy(new Suppression(Suppression.Kind.EXTERNAL, "ok"))), List.of("a,b:c%.yaml"), 0, 0,
                FailOn.ERROR);

        // a line break is shown, not acted on: GitHub would otherwise render it as one
        assertEquals(List.of("::error file=a%2Cb%3Ac%25.yaml,line=2,col=3,title=MG100 schema-violation::"
                + "100%25 wrong\\r\\nsee: here, there"), ConsoleReport.githubAnnotations(result));
    }

    /** A name or file name written to inject: no raw control character, no console line starting with {@code ::}. */
    @Test
    void inputCannotStartALineOrATerminalSequence() {
        String name = "x\n::stop-commands::pwned\n\u001b[31mred\u009b\u2028";
        Finding finding = new Finding(Structural.SCHEMA, Severity.ERROR, new Location("::stop-commands::a\nb.yaml", 1, 1, "/x"),
                "contoso", name, "/x", "`" + name + "` is wrong", null);
        CheckResult result = new CheckResult(List.of(finding), List.of(finding.location().file()), 0, 0, FailOn.ERROR);
        List<String> lines = new ArrayList<>();
        ConsoleReport.print(result, ConsoleReport.Output.to(lines::add), true, true);

        String console = String.join("\n", lines);
        for (String line : console.split("\n", -1)) {
            assertFalse(line.startsWith("::") && !line.startsWith("::error "), "a line from the input: " + line);
        }
        assertEquals(3, lines.size(), console);
        assertTrue(lines.get(0).startsWith("\\u003a:stop-commands::a\\nb.yaml:1:1: "), lines.get(0));
        assertTrue(lines.get(0).contains("x\\n::stop-commands::pwned\\n\\u001b[31mred\\u009b\\u2028"), lines.get(0));
        assertTrue(lines.get(1).startsWith("::error file=%3A%3Astop-commands%3A%3Aa\\nb.yaml,"), lines.get(1));
        // the only control characters are the colour of the severity word, which MailGuard writes itself
        String withoutColour = console.replace("\u001B[1;31m", "").replace("\u001B[0m", "");
        assertTrue(withoutColour.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x2028),
                withoutColour);
    }
}
