package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's severity configuration changes what findings say and whether the check fails. */
class SeverityOverridesTest {

    /** MG003 (error) on the anonymous line, MG014 (info) on the Submit principal. */
    private static final String CONFIG = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH02
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    authentication:
                      anonymous: true
                    permissions:
                      submit: [Authenticated Users]
            """;

    private static final MailGuard ENGINE = new MailGuard();

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeConfig() throws IOException {
        file = Files.writeString(dir.resolve("mail.yaml"), CONFIG);
    }

    @Test
    void aConfiguredSeverityReplacesTheDefault() {
        assertEquals(List.of("MG003 error", "MG014 info"), severities(check(FailOn.ERROR, SeverityOverrides.NONE)));
        assertEquals(List.of("MG003 error", "MG014 warning"),
                severities(check(FailOn.ERROR, SeverityOverrides.parse(Map.of("MG014", "warning")))));
    }

    @Test
    void offRemovesTheRulesFindings() {
        assertEquals(List.of("MG003 error"), severities(check(FailOn.ERROR, SeverityOverrides.parse(Map.of("mg014", "OFF")))));
    }

    @Test
    void anUnknownIdIsRefusedNamingTheKnownIds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeverityOverrides.parse(Map.of("MG999", "warning")));
        assertTrue(e.getMessage().contains("MG999"), e.getMessage());
        assertTrue(e.getMessage().contains("MG001") && e.getMessage().contains("MG015"), e.getMessage());
    }

    @Test
    void failOnHonoursTheConfiguredSeverities() {
        assertFalse(check(FailOn.WARNING, SeverityOverrides.parse(Map.of("MG003", "info"))).failed());
        assertTrue(check(FailOn.WARNING, SeverityOverrides.parse(Map.of("MG003", "info", "MG014", "warning"))).failed());
        assertFalse(check(FailOn.ERROR, SeverityOverrides.parse(Map.of("MG003", "warning"))).failed());
        assertTrue(check(FailOn.ERROR, SeverityOverrides.parse(Map.of("MG003", "warning", "MG014", "error"))).failed());
        assertFalse(check(FailOn.ERROR, SeverityOverrides.parse(Map.of("MG003", "off"))).failed());
        assertTrue(check(FailOn.INFO, SeverityOverrides.parse(Map.of("MG003", "off"))).failed());
    }

    private CheckResult check(FailOn failOn, SeverityOverrides severities) {
        return ENGINE.check(new CheckRequest(dir, List.of(file), failOn, severities, LocalDate.of(2026, 11, 27),
                LoadLimits.DEFAULT));
    }

    private static List<String> severities(CheckResult result) {
        return result.findings().stream().map(f -> f.rule().id() + " " + f.severity().label()).toList();
    }
}
