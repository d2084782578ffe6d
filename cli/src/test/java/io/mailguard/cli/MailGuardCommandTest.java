package io.mailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MailGuardCommandTest extends CommandLineTest {

    private static final String VALID = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH02
                product: exchange-2003
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    authentication: {anonymous: false}
            """;

    @Test
    void cleanFilesExitZeroWithASummary() throws IOException {
        write("mail/hub.yaml", VALID);
        assertEquals(0, run("check", dir.resolve("mail").toString()), err.toString());
        assertTrue(out.toString().contains("MailGuard checked 1 file (1 server, 1 virtual server): 0 errors, 0 warnings, 0 info."), out.toString());
    }

    @Test
    void findingsExitOneWithLocatedLines() throws IOException {
        Path file = write("mail/hub.yaml", VALID.replace("anonymous: false", "anonymous: no"));
        assertEquals(1, run("check", file.toString()));
        assertTrue(out.toString().contains("hub.yaml:9:37: error MG100 schema-violation: "), out.toString());
        // MG003 fails closed on the value it cannot read (SPEC §6.1)
        assertTrue(out.toString().contains("hub.yaml:9:37: error MG003 anonymous-internal: cannot tell"), out.toString());
        assertTrue(out.toString().contains("2 errors"), out.toString());
    }

    @Test
    void failOnNeverPassesAndSeverityOffSilencesARule() throws IOException {
        Path file = write("mail/hub.yaml", VALID.replace("anonymous: false", "anonymous: no"));
        assertEquals(0, run("check", "--fail-on", "never", file.toString()));
        out.getBuffer().setLength(0);
        assertEquals(0, run("check", "--severity", "MG100=off", "--severity", "MG003=off", file.toString()));
        assertFalse(out.toString().contains("MG100"), out.toString());
    }

    @Test
    void usageErrorsExitTwoWithAMessage() throws IOException {
        write("mail/hub.yaml", VALID);
        assertEquals(2, run("check", "--fail-on", "errors", dir.toString()));
        assertTrue(err.toString().contains("--fail-on must be error, warning, info or never, not 'errors'"), err.toString());
        assertEquals(2, run("check", "--severity", "MG999=off", dir.toString()));
        assertTrue(err.toString().contains("--severity must name a rule that `mailguard rules` lists, such as MG014, or a policy of this check, not 'MG999=off'"),
                err.toString());
        assertEquals(2, run("check", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertEquals(2, run("check", "--no-such-option"));
        assertEquals(2, run("explain", "MG999"));
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void listsAndExplainsRules() {
        assertEquals(0, run("rules"));
        assertTrue(out.toString().contains("MG107"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("explain", "mg105"));
        assertTrue(out.toString().startsWith("# MG105 yaml-syntax-error"), out.toString());
    }

    @Test
    void writesEveryReportFromOneRun() throws IOException {
        Path file = write("mail/hub.yaml", VALID.replace("anonymous: false", "anonymous: true"));
        Path reports = dir.resolve("reports");
        assertEquals(1, run("check", "--format", "sarif,junit,json,html", "--output-dir", reports.toString(), file.toString()));
        for (String name : java.util.List.of("mailguard.sarif", "mailguard-junit.xml", "mailguard.json", "mailguard.html")) {
            assertTrue(Files.size(reports.resolve(name)) > 0, name);
            assertTrue(out.toString().contains("MailGuard report: " + reports.resolve(name)), out.toString());
        }
        assertTrue(Files.readString(reports.resolve("mailguard.json")).contains("\"rule\": \"MG003\""));
        assertEquals(2, run("check", "--format", "xml", file.toString()));
        assertTrue(err.toString().contains("--format must be a comma-separated list of sarif, junit, json, html and codequality, not 'xml'"),
                err.toString());
    }

    @Test
    void writesABaselineThatTheCheckThenHonours() throws IOException {
        Path file = write("mail/hub.yaml", VALID.replace("anonymous: false", "anonymous: true"));
        Path baseline = dir.resolve("mailguard-baseline.yaml");
        assertEquals(0, run("baseline", file.toString(), "--baseline", baseline.toString()));
        assertTrue(out.toString().contains("MailGuard wrote 1 finding(s) to the baseline"), out.toString());
        assertEquals(0, run("check", "--baseline", baseline.toString(), file.toString()));
        assertTrue(out.toString().contains("0 errors, 0 warnings, 0 info, 1 suppressed."), out.toString());
        assertEquals(2, run("check", "--baseline", dir.resolve("none.yaml").toString(), file.toString()));
    }

    @Test
    void unclearSettingsGetClearMessages() throws IOException {
        Path file = write("mail/hub.yaml", VALID);
        assertEquals(2, run("check", "--new-since", "HEAD@{yesterday}", file.toString()));
        assertTrue(err.toString().contains("--new-since must name a branch, tag or commit"), err.toString());
        assertTrue(err.toString().contains("not 'HEAD@{yesterday}'"), err.toString());
        assertEquals(2, run("check", "--max-file-size", "-1", file.toString()));
        assertTrue(err.toString().contains("--max-file-size must be a positive number of bytes (default 4194304), not '-1'"),
                err.toString());
        Path folder = Files.createDirectories(dir.resolve("etc"));
        assertEquals(2, run("check", "--baseline", folder.toString(), file.toString()));
        assertTrue(err.toString().contains("--baseline must name a baseline file, not a folder, not '" + folder + "'"), err.toString());
        assertFalse(err.toString().contains("mailguard: null"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void checkingNothingIsAnErrorUnlessAllowed() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("mail"));
        write("mail/notes.txt", "not configuration");
        assertEquals(2, run("check", empty.toString()));
        assertTrue(err.toString().contains("there is no file to check in " + empty), err.toString());
        assertTrue(err.toString().contains("pass --allow-empty"), err.toString());
        assertEquals(0, run("check", "--allow-empty", empty.toString()));
        assertTrue(out.toString().contains("MailGuard checked 0 files"), out.toString());
    }

    @Test
    void aBugExitsThreeAndSaysSoWithTheStackTraceOnlyWhenVerbose() {
        StringWriter quiet = new StringWriter();
        assertEquals(3, MailGuardCommand.failed(new IllegalArgumentException("index -1"), new PrintWriter(quiet), false));
        assertTrue(quiet.toString().startsWith("mailguard: internal error (java.lang.IllegalArgumentException: index -1);"
                + " this is a bug in MailGuard"), quiet.toString());
        assertTrue(quiet.toString().contains("please report it; --verbose prints the stack trace"), quiet.toString());
        assertFalse(quiet.toString().contains("\tat "), quiet.toString());

        StringWriter verbose = new StringWriter();
        assertEquals(3, MailGuardCommand.failed(new OutOfMemoryError("Java heap space"), new PrintWriter(verbose), true));
        assertTrue(verbose.toString().contains("ran out of memory"), verbose.toString());
        assertTrue(verbose.toString().contains("\tat "), verbose.toString());
    }

    @Test
    void aReportThatCannotBeWrittenIsAnErrorAfterTheFindings() throws IOException {
        Path file = write("mail/hub.yaml", VALID.replace("anonymous: false", "anonymous: true"));
        Path notAFolder = write("reports", "a file where the folder should be");
        assertEquals(2, run("check", "--format", "sarif", "--output-dir", notAFolder.toString(), file.toString()));
        assertTrue(out.toString().contains("error MG003"), "the findings are printed first: " + out);
        assertTrue(err.toString().contains("mailguard: cannot write " + notAFolder + ": it is a file, not a folder"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }
}
