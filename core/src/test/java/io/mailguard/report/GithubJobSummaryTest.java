package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubJobSummaryTest {

    private static final String HOSTILE = "a | b `code` <img src=x> [click](https://evil.example) **bold** @team\n::error::x\u001b[31m \\";

    @TempDir
    Path workspace;

    @Test
    void writesNothingOutsideGithubActions() throws Exception {
        Path project = workspace.resolve("mail");
        GithubJobSummary.append(ReportFixture.mixed(project), project, Map.of("GITHUB_WORKSPACE", workspace.toString()));

        try (var files = Files.list(workspace)) {
            assertEquals(List.of(project), files.toList(), "no summary file appears");
        }
    }

    @Test
    void appendsCountsAndTheFailingFindingsLinkedToTheirLines() throws Exception {
        Path project = workspace.resolve("sites/mail");
        CheckResult result = ReportFixture.mixed(project);
        Path summary = Files.writeString(workspace.resolve("summary.md"), "earlier step\n");

        GithubJobSummary.append(result, project, environment(summary));

        String text = Files.readString(summary);
        assertTrue(text.startsWith("earlier step\n### MailGuard (sites\\/mail): 1 failing finding\n\n"), text);
        assertTrue(text.contains("MailGuard checked 4 files"), text);
        assertTrue(text.contains("Findings at error or above fail the build."), text);
        List<String> rows = text.lines().filter(line -> line.startsWith("| error ")).toList();
        assertEquals(result.failures().size(), rows.size(), text);
        Finding first = result.failures().get(0);
        assertEquals("config/edge gateway.yaml", first.location().file());
        assertTrue(rows.get(0).contains("](https://github.com/acme/mail-config/blob/0123456789abcdef0123456789abcdef01234567"
                + "/sites/mail/config/edge%20gateway.yaml#L" + first.location().line() + ")"), rows.get(0));
        assertFalse(text.contains("warning |"), "only failing findings are listed: " + text);

        GithubJobSummary.append(result, project, environment(summary));
        assertEquals(2, Files.readString(summary).split("### MailGuard", -1).length - 1, "a second check appends");
    }

    @Test
    void aPassingCheckSaysSoWithoutATable() throws Exception {
        Path project = workspace.resolve("mail");
        CheckResult mixed = ReportFixture.mixed(project);
        CheckResult passing = new CheckResult(mixed.findings(), mixed.files(), mixed.servers(), mixed.virtualServers(),
                FailOn.NEVER);

        String text = GithubJobSummary.markdown(passing, project, Map.of("GITHUB_WORKSPACE", project.toString()));

        assertTrue(text.startsWith("### MailGuard: passed\n"), text);
        assertTrue(text.contains("No finding fails the build (failOn=never)."), text);
        assertFalse(text.contains("| --- |"), text);
    }

    @Test
    void textFromTheInputCannotFormatLinkOrBreakTheTable() {
        String escaped = GithubJobSummary.escape(HOSTILE);

        assertFalse(escaped.contains("\n") || escaped.contains("\r") || escaped.contains("\u001b"), escaped);
        // every punctuation character is escaped, so none of it is markup; removing the escapes gives the text back
        assertFalse(escaped.replaceAll("\\\\[!-/:-@\\[-`{-~]", "").matches("(?s).*[!-/:-@\\[-`{-~].*"), escaped);
        assertEquals(HOSTILE.replace("\n", "\\n").replace("\u001b", "\\u001b"),
                escaped.replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1"));
    }

    @Test
    void withoutTheCommitTheFindingsAreListedUnlinked() throws Exception {
        Path project = workspace.resolve("mail");
        String text = GithubJobSummary.markdown(ReportFixture.mixed(project), project,
                Map.of("GITHUB_WORKSPACE", workspace.toString(), "GITHUB_REPOSITORY", "acme/mail-config"));

        assertTrue(text.contains("| error | MG100 schema\\-violation | config\\/edge gateway\\.yaml\\:9\\:15 |"), text);
        assertFalse(text.contains("]("), text);
    }

    @Test
    void anUnwritableSummaryIsAClearError() throws Exception {
        Path project = workspace.resolve("mail");
        Path directory = Files.createDirectories(workspace.resolve("summary-is-a-folder"));

        UsageException error = assertThrows(UsageException.class, () -> GithubJobSummary.append(
                ReportFixture.mixed(project), project, Map.of("GITHUB_STEP_SUMMARY", directory.toString())));

        assertTrue(error.getMessage().startsWith("cannot append the job summary to " + directory + " (GITHUB_STEP_SUMMARY): "),
                error.getMessage());
    }

    private Map<String, String> environment(Path summary) {
        return Map.of("GITHUB_STEP_SUMMARY", summary.toString(), "GITHUB_WORKSPACE", workspace.toString(),
                "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/mail-config",
                "GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567");
    }
}
