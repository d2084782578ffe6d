package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppression targets written to hang or break the check, through the real engine. */
class HostileGlobTest {

    @TempDir
    Path project;

    private CheckResult check(String target, String fileName) throws IOException {
        Path mail = Files.createDirectories(project.resolve("src/main/mail"));
        Files.writeString(mail.resolve(fileName), Topologies.ANONYMOUS_INTERNAL);
        Path suppressions = Files.writeString(project.resolve("mailguard-suppressions.yaml"), """
                suppressions:
                  - rule: MG003
                    target: %s
                    reason: legacy
                """.formatted(target));
        return new MailGuard().check(new Settings(project, LocalDate.of(2026, 11, 27)).sources(List.of(mail))
                .suppressions(suppressions, true).request());
    }

    @Test
    void theIssuesTargetAgainstALongFileNameAnswersAtOnce() {
        String name = "a".repeat(200) + ".yaml";
        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> check("\"**a**a**a**a**a**a**a**a**a**a**a**a**a**a**b\"", name));
        assertEquals(List.of("MG003", "MG108"), result.findings().stream().filter(Finding::counts).map(f -> f.rule().id()).sorted().toList());
    }

    @Test
    void aBadGlobIsALocatedFindingNotACrash() throws IOException {
        CheckResult result = check("\"[\"", "hub.yaml");
        Finding invalid = result.findings().stream().filter(f -> f.rule().id().equals("MG109")).findFirst().orElseThrow();
        assertEquals("mailguard-suppressions.yaml:3:13", invalid.location().toString());
        assertEquals("this suppression's target the glob '[' cannot be read at column 1: the character class '[' is never closed;"
                + " end it with ']', so it is not honoured", invalid.message());
        assertEquals(1, result.findings().stream().filter(f -> f.rule().id().equals("MG003") && f.counts()).count());
    }
}
