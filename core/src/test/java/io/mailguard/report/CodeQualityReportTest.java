package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.load.LoadLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeQualityReportTest {

    private static final Set<String> GITLAB_SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    @TempDir
    Path project;

    @Test
    void listsEachCountingFindingWithTheFieldsGitLabReads() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        List<Finding> counting = result.findings().stream().filter(Finding::counts).toList();

        JSONArray issues = codeQuality(result);

        assertEquals(counting.size(), issues.length(), "suppressed findings are left out: " + issues);
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < issues.length(); i++) {
            JSONObject issue = issues.getJSONObject(i);
            Finding finding = counting.get(i);
            assertEquals(Set.of("type", "check_name", "description", "severity", "fingerprint", "location"), issue.keySet());
            assertEquals("issue", issue.getString("type"));
            assertEquals(finding.rule().id(), issue.getString("check_name"));
            assertTrue(issue.getString("description").endsWith(finding.message()), issue.toString());
            assertTrue(GITLAB_SEVERITIES.contains(issue.getString("severity")), issue.toString());
            assertTrue(issue.getString("fingerprint").matches("[0-9a-f]{32}"), issue.toString());
            assertTrue(fingerprints.add(issue.getString("fingerprint")), "fingerprints are unique: " + issues);
            JSONObject location = issue.getJSONObject("location");
            assertEquals(finding.location().file(), location.getString("path"));
            assertEquals(finding.location().line(), location.getJSONObject("lines").getInt("begin"));
        }
        assertEquals("critical", issues.getJSONObject(0).getString("severity"));
        assertEquals("minor", issues.getJSONObject(1).getString("severity"));
        assertEquals("info", issues.getJSONObject(2).getString("severity"));
        assertTrue(issues.getJSONObject(0).getString("description").contains(ReportFixture.SCRIPT),
                "GitLab shows the description as text; JSON needs no more escaping than its own");
    }

    @Test
    void aFindingKeepsItsFingerprintWhenItsLinesMove() throws Exception {
        JSONArray before = codeQuality(check(project.resolve("before"), ReportFixture.HUB));
        JSONArray after = codeQuality(check(project.resolve("after"),
                ReportFixture.HUB.replace("servers:", "# the hub site\n\n\nservers:")));

        assertEquals(fingerprints(before), fingerprints(after));
        assertNotEquals(before.toString(), after.toString(), "the lines did move");
    }

    @Test
    void repeatedFindingsOfOneObjectGetTheirOwnFingerprints() {
        assertNotEquals(CodeQualityReport.fingerprint("MG101|contoso|EXCH02|name", 1),
                CodeQualityReport.fingerprint("MG101|contoso|EXCH02|name", 2));
        assertEquals(CodeQualityReport.fingerprint("MG101|contoso|EXCH02|name", 1),
                CodeQualityReport.fingerprint("MG101|contoso|EXCH02|name", 1));
    }

    private static CheckResult check(Path projectDir, String hub) throws Exception {
        List<Path> files = ReportFixture.writeProject(projectDir);
        Files.writeString(projectDir.resolve("config/hub.yaml"), hub);
        return new MailGuard().check(new CheckRequest(projectDir, files, FailOn.ERROR, SeverityOverrides.NONE,
                LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT));
    }

    private static Set<String> fingerprints(JSONArray issues) {
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < issues.length(); i++) {
            fingerprints.add(issues.getJSONObject(i).getString("fingerprint"));
        }
        return fingerprints;
    }

    private static JSONArray codeQuality(CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.write(result, ReportFormat.CODEQUALITY, out);
        return new JSONArray(new String(out.toByteArray(), StandardCharsets.UTF_8));
    }
}
