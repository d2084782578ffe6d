package io.mailguard.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged build skips the check; any change to what it reads runs it again. */
class CheckStampTest {

    @TempDir
    Path dir;

    private Path stampFile;
    private Path hub;
    private Path report;
    private final List<String> settings = List.of("1.0.0", "2026-11-27", "error", "{}");

    @BeforeEach
    void firstSuccessfulCheck() throws Exception {
        stampFile = dir.resolve("target/mailguard/check.stamp");
        hub = Files.writeString(dir.resolve("hub.yaml"), "apiVersion: mailguard/v1\n");
        report = Files.createDirectories(dir.resolve("target/mailguard")).resolve("mailguard.sarif");
        Files.writeString(report, "{}");
        stamp(settings, List.of(hub)).record(true);
    }

    private CheckStamp stamp(List<String> currentSettings, List<Path> inputs) throws Exception {
        return CheckStamp.of(stampFile, currentSettings, inputs, List.of(report));
    }

    @Test
    void nothingChangedMeansUnchanged() throws Exception {
        assertTrue(stamp(settings, List.of(hub)).unchanged());
    }

    @Test
    void anEditedFileRunsTheCheckAgain() throws Exception {
        Files.writeString(hub, "apiVersion: mailguard/v1\norganization: contoso\n");
        assertFalse(stamp(settings, List.of(hub)).unchanged());
    }

    @Test
    void aTouchedFileRunsTheCheckAgain() throws Exception {
        Files.setLastModifiedTime(hub, FileTime.fromMillis(Files.getLastModifiedTime(hub).toMillis() + 1000));
        assertFalse(stamp(settings, List.of(hub)).unchanged());
    }

    @Test
    void anotherSetOfFilesRunsTheCheckAgain() throws Exception {
        Path added = Files.writeString(dir.resolve("edge.yaml"), "apiVersion: mailguard/v1\n");
        assertFalse(stamp(settings, List.of(hub, added)).unchanged());
        assertFalse(stamp(settings, List.of()).unchanged());
    }

    @Test
    void otherSettingsADifferentDayOrPluginVersionRunTheCheckAgain() throws Exception {
        List<String> changed = new ArrayList<>(settings);
        changed.set(2, "warning");
        assertFalse(stamp(changed, List.of(hub)).unchanged());
        assertFalse(stamp(List.of("1.0.1", "2026-11-27", "error", "{}"), List.of(hub)).unchanged());
        assertFalse(stamp(List.of("1.0.0", "2026-11-28", "error", "{}"), List.of(hub)).unchanged());
    }

    @Test
    void aMissingReportOrAFailedCheckRunsTheCheckAgain() throws Exception {
        Files.delete(report);
        assertFalse(stamp(settings, List.of(hub)).unchanged());
        Files.writeString(report, "{}");
        stamp(settings, List.of(hub)).record(false);
        assertFalse(stamp(settings, List.of(hub)).unchanged());
    }

    @Test
    void aRetargetedOrDanglingLinkRunsTheCheckAgain() throws Exception {
        Path other = Files.writeString(dir.resolve("other.yaml"), "apiVersion: mailguard/v1\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), hub);
        stamp(settings, List.of(link)).record(true);
        assertTrue(stamp(settings, List.of(link)).unchanged());
        Files.delete(link);
        Files.createSymbolicLink(link, other);
        assertFalse(stamp(settings, List.of(link)).unchanged());
        Files.delete(other);
        assertFalse(stamp(settings, List.of(link)).unchanged(), "a dangling link is an input too");
    }
}
