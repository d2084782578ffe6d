package io.mailguard.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Suppression;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionStepTest {

    private static final MailGuard ENGINE = new MailGuard();

    @TempDir
    Path dir;

    /** An internal virtual server with anonymous access (MG003) and Submit for Everyone (MG014). */
    static final String HUB = """
            apiVersion: mailguard/v1
            organization: contoso
            accountPolicy:
              guestAccount: disabled
              passwordPolicy: {minimumLength: 12, complexity: true}
            servers:
              - name: EXCH02
                product: exchange-2003
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    authentication:
                      anonymous: true
                    relay: {restriction: only-listed, allowAuthenticatedComputers: false}
                    permissions:
                      submit: [Everyone]
            """;

    private CheckResult check(String hub, Path suppressions, Path baseline) throws IOException {
        Files.writeString(dir.resolve("hub.yaml"), hub);
        return ENGINE.check(new CheckRequest(dir, List.of(dir.resolve("hub.yaml")), FailOn.ERROR, SeverityOverrides.NONE,
                LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT, new CheckRequest.Accepted(suppressions, baseline, null)));
    }

    private static Finding only(CheckResult result, String rule) {
        List<Finding> found = result.findings().stream().filter(f -> f.rule().id().equals(rule)).toList();
        assertEquals(1, found.size(), rule + " in " + result.findings());
        return found.get(0);
    }

    @Test
    void anIgnoreCommentWithAReasonSuppressesOnItsLineAndStaysInTheResult() throws IOException {
        CheckResult result = check(HUB.replace("anonymous: true",
                "anonymous: true   # mailguard:ignore MG003 reason=\"partners cannot authenticate\" expires=2027-01-31"), null, null);
        Finding mg003 = only(result, "MG003");
        assertEquals(new Suppression(Suppression.Kind.IN_SOURCE, "partners cannot authenticate"), mg003.suppression());
        assertTrue(!result.failed(), result.failures().toString());
        assertEquals(1, result.suppressed());
    }

    @Test
    void anIgnoreCommentOnTheLineAboveCoversSeveralRules() throws IOException {
        CheckResult result = check(HUB.replace("      submit: [Everyone]",
                "      # mailguard:ignore MG014, MG003 reason='named groups planned'\n          submit: [Everyone]"), null, null);
        assertTrue(!only(result, "MG014").counts());
        assertTrue(only(result, "MG003").counts(), "MG003 is on another line");
    }

    @Test
    void anIgnoreCommentWithoutAReasonIsNotHonouredAndSaysSo() throws IOException {
        CheckResult result = check(HUB.replace("anonymous: true", "anonymous: true  # mailguard:ignore MG003"), null, null);
        assertTrue(only(result, "MG003").counts());
        Finding invalid = only(result, "MG109");
        assertEquals("hub.yaml:13:28", invalid.location().toString());
        assertTrue(invalid.message().contains("has no reason"), invalid.message());
    }

    @Test
    void anExpiredSuppressionIsMg010AndNoLongerSuppresses() throws IOException {
        CheckResult result = check(HUB.replace("anonymous: true",
                "anonymous: true  # mailguard:ignore MG003 reason=\"migration\" expires=2026-11-26"), null, null);
        assertTrue(only(result, "MG003").counts());
        assertTrue(only(result, "MG010").message().contains("expired on 2026-11-26"));
    }

    @Test
    void anUnusedSuppressionIsAWarning() throws IOException {
        CheckResult result = check(HUB.replace("role: internal", "role: internal  # mailguard:ignore MG001 reason=\"old\""), null, null);
        Finding unused = only(result, "MG108");
        assertEquals("hub.yaml:11:25", unused.location().toString());
        assertEquals("warning", unused.severity().label());
    }

    @Test
    void theSuppressionFileTargetsObjectsPrefixesAndFileGlobs() throws IOException {
        Path file = Files.writeString(dir.resolve("mailguard-suppressions.yaml"), """
                suppressions:
                  - rule: MG003
                    target: EXCH02/Internal SMTP
                    reason: partners cannot authenticate
                    expires: 2027-06-30
                  - rule: MG014
                    target: EXCH02/*
                    reason: named groups planned
                  - rule: MG003
                    target: "**/legacy/*.yaml"
                    reason: legacy files
                """);
        CheckResult result = check(HUB, file, null);
        assertEquals(Suppression.Kind.EXTERNAL, only(result, "MG003").suppression().kind());
        assertEquals("named groups planned", only(result, "MG014").suppression().justification());
        Finding unused = only(result, "MG108");
        assertEquals("mailguard-suppressions.yaml:9:5", unused.location().toString(), "the glob matches no file here");
    }

    @Test
    void theSuppressionFileIsValidatedWithLocatedFindings() throws IOException {
        Path file = Files.writeString(dir.resolve("mailguard-suppressions.yaml"), """
                suppressions:
                  - rule: MG003
                    target: EXCH02/Internal SMTP
                    reson: typo
                """);
        CheckResult result = check(HUB, file, null);
        List<Finding> problems = result.findings().stream().filter(f -> f.rule().id().equals("MG100")).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(f -> f.location().toString().equals("mailguard-suppressions.yaml:4:5")
                && f.message().contains("did you mean `reason`?")), problems.toString());
        assertTrue(only(result, "MG003").counts());
    }

    @Test
    void aBaselineSurvivesReformattingAndReorderingButNotANewViolation() throws IOException {
        CheckResult before = check(HUB, null, null);
        Path baseline = dir.resolve("mailguard-baseline.yaml");
        Baseline.write(baseline, before.findings());

        String reformatted = """
                organization: contoso
                apiVersion: mailguard/v1
                servers:
                  - smtpVirtualServers:
                      - permissions: {submit: [Everyone]}
                        role: internal
                        relay: {allowAuthenticatedComputers: false, restriction: only-listed}
                        authentication: {anonymous: true}
                        name: Internal SMTP
                    product: exchange-2003
                    name: EXCH02
                accountPolicy: {guestAccount: disabled, passwordPolicy: {complexity: true, minimumLength: 12}}
                """;
        CheckResult after = check(reformatted, null, baseline);
        assertTrue(after.findings().stream().noneMatch(Finding::counts), after.findings().toString());
        assertEquals(0, after.staleBaselineEntries());

        CheckResult worse = check(reformatted.replace("restriction: only-listed", "restriction: all-except-listed"), null, baseline);
        assertEquals(List.of("MG001"), worse.failures().stream().map(f -> f.rule().id()).toList());
        assertEquals(Suppression.Kind.BASELINE, only(worse, "MG003").suppression().kind());

        CheckResult fixed = check(reformatted.replace("anonymous: true", "anonymous: false"), null, baseline);
        assertEquals(1, fixed.staleBaselineEntries());
    }

    @Test
    void aBaselineMatchesWhenAnObjectMovesToAnotherFile() throws IOException {
        CheckResult before = check(HUB, null, null);
        Path baseline = dir.resolve("mailguard-baseline.yaml");
        Baseline.write(baseline, before.findings());
        Files.delete(dir.resolve("hub.yaml"));
        Files.writeString(dir.resolve("moved.yaml"), HUB);
        CheckResult after = ENGINE.check(new CheckRequest(dir, List.of(dir.resolve("moved.yaml")), FailOn.ERROR,
                SeverityOverrides.NONE, LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT,
                new CheckRequest.Accepted(null, baseline, null)));
        assertTrue(after.findings().stream().noneMatch(Finding::counts), after.findings().toString());
    }

    @Test
    void aBaselineCoversTheSuppressionsOwnFindingsToo() throws IOException {
        String hub = HUB.replace("role: internal", "role: internal  # mailguard:ignore MG001 reason=\"old\"");
        CheckResult before = check(hub, null, null);
        Path baseline = dir.resolve("mailguard-baseline.yaml");
        Baseline.write(baseline, before.findings());
        CheckResult after = check(hub, null, baseline);
        assertEquals(Suppression.Kind.BASELINE, only(after, "MG108").suppression().kind());
        assertEquals(0, after.staleBaselineEntries(), "every entry, the MG108 one included, still occurs");
    }

    @Test
    void aBaselineIsWrittenWholeInPlaceOfALinkNotThroughIt() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path baseline = Files.createSymbolicLink(dir.resolve("mailguard-baseline.yaml"), victim);
        Baseline.write(baseline, check(HUB, null, null).findings());
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.readString(baseline).contains("rule: MG003"));
        assertTrue(check(HUB, null, baseline).findings().stream().noneMatch(Finding::counts));
    }
}
