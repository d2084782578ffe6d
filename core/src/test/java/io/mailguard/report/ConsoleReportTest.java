package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Severity;
import io.mailguard.Structural;
import io.mailguard.Suppression;
import java.nio.file.Path;
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

        assertEquals(List.of("::error file=a%2Cb%3Ac%25.yaml,line=2,col=3,title=MG100 schema-violation::"
                + "100%25 wrong%0D%0Asee: here, there"), ConsoleReport.githubAnnotations(result));
    }
}
