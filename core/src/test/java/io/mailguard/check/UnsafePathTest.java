package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.report.ReportFormat;
import io.mailguard.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request's links and special files, through the real walk, engine and reports: each is an
 * MG111 finding at the entry, and no byte of its target reaches the console or any report.
 */
class UnsafePathTest {

    private static final String SECRET = "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG";
    private static final String VALID = """
            apiVersion: mailguard/v1
            organization: contoso
            accountPolicy:
              guestAccount: disabled
            """;

    @TempDir
    Path project;

    @TempDir
    Path elsewhere;

    private Path mail;

    @BeforeEach
    void aProjectWithOneGoodFile() throws IOException {
        mail = Files.createDirectories(project.resolve("src/main/mail"));
        Files.writeString(mail.resolve("good.yaml"), VALID);
    }

    /** The check of {@code src/main/mail} with every report, and everything it printed or wrote, as text. */
    private record Outcome(CheckResult result, String everything) {

        List<String> unsafe() {
            return result.findings().stream().filter(f -> f.rule().id().equals("MG111"))
                    .map(f -> f.location() + " " + f.message()).toList();
        }
    }

    private Outcome check() throws IOException {
        Settings settings = new Settings(project, LocalDate.of(2026, 11, 27)).sources(List.of(mail));
        CheckResult result = new MailGuard().check(settings.request());
        List<String> console = new ArrayList<>();
        result.findings().forEach(f -> console.add(io.mailguard.report.ConsoleReport.line(f)));
        StringBuilder everything = new StringBuilder(String.join("\n", console));
        for (Path report : Reports.write(result, EnumSet.allOf(ReportFormat.class), project.resolve("target/mailguard"))) {
            everything.append(Files.readString(report, StandardCharsets.UTF_8));
        }
        return new Outcome(result, everything.toString());
    }

    @Test
    void aLinkToAFileOutsideTheProjectIsRefusedUnread() throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secrets.yaml"), "apiVersion: mailguard/v1\norganization: " + SECRET + "\n");
        Files.createSymbolicLink(mail.resolve("env.yaml"), secret);

        Outcome outcome = check();

        assertEquals(1, outcome.unsafe().size(), outcome.unsafe().toString());
        assertTrue(outcome.unsafe().get(0).startsWith("src/main/mail/env.yaml:1:1 MailGuard does not read src/main/mail/env.yaml:"
                + " it is a symbolic link to " + secret.toRealPath() + ", outside the project"), outcome.unsafe().get(0));
        assertFalse(outcome.everything().contains("AWS_SECRET"), "a byte of the target reached a report");
        assertTrue(outcome.result().failed());
    }

    @Test
    void theProcessEnvironmentNeverReachesAReport() throws IOException {
        Path environ = Path.of("/proc/self/environ");
        assumeTrue(Files.isReadable(environ), "SKIPPED: no /proc/self/environ on this system");
        String variable = System.getenv().keySet().stream().filter(name -> name.length() > 3).findFirst().orElse("PATH");
        Files.createSymbolicLink(mail.resolve("env.yaml"), environ);

        Outcome outcome = check();

        assertEquals(1, outcome.unsafe().size(), outcome.unsafe().toString());
        assertFalse(outcome.everything().contains(variable + "=" + System.getenv(variable)), "the environment leaked");
    }

    @Test
    void aPathLeavingTheProjectThroughALinkedFolderIsRefusedAndNotWalked() throws IOException {
        Files.writeString(elsewhere.resolve("passwd.yaml"), SECRET);
        Files.createSymbolicLink(mail.resolve("etc"), elsewhere);

        Outcome outcome = check();

        assertEquals(List.of("src/main/mail/etc:1:1"), outcome.unsafe().stream().map(u -> u.substring(0, u.indexOf(' '))).toList());
        assertTrue(outcome.unsafe().get(0).contains("it is a symbolic link to " + elsewhere.toRealPath() + ", outside the project"));
        assertFalse(outcome.everything().contains("AWS_SECRET"));
    }

    @Test
    void aLinkInsideTheProjectIsFollowed() throws IOException {
        Path shared = Files.createDirectories(project.resolve("shared"));
        Files.writeString(shared.resolve("policy.yaml"), VALID);
        Files.createSymbolicLink(mail.resolve("shared"), shared);
        Files.createSymbolicLink(mail.resolve("alias.yaml"), mail.resolve("good.yaml"));

        Outcome outcome = check();

        assertEquals(List.of(), outcome.unsafe());
        assertEquals(List.of("src/main/mail/alias.yaml", "src/main/mail/good.yaml", "src/main/mail/shared/policy.yaml"),
                outcome.result().files());
    }

    @Test
    void aDanglingLinkIsAFindingNotASilentSkip() throws IOException {
        Files.createSymbolicLink(mail.resolve("old.yaml"), mail.resolve("moved-away.yaml"));

        Outcome outcome = check();

        assertEquals(1, outcome.unsafe().size());
        assertTrue(outcome.unsafe().get(0).contains("which does not exist (a dangling link)"), outcome.unsafe().get(0));
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = mail.resolve("pipe.yaml");
        assumeTrue(mkfifo(fifo), "SKIPPED: mkfifo is not available here");

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), this::check);

        assertEquals(1, outcome.unsafe().size());
        assertTrue(outcome.unsafe().get(0).contains("it is a FIFO (named pipe), not a regular file"), outcome.unsafe().get(0));
    }

    @Test
    void aLinkToADeviceIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "SKIPPED: no /dev/zero");
        Files.createSymbolicLink(mail.resolve("zero.yaml"), Path.of("/dev/zero"));

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), this::check);

        assertEquals(1, outcome.unsafe().size());
        assertTrue(outcome.unsafe().get(0).contains("it is a symbolic link to /dev/zero, outside the project"), outcome.unsafe().get(0));
    }

    @Test
    void aDeviceInsideTheProjectIsRefused() throws IOException {
        Path device = mail.resolve("null.yaml");
        assumeTrue(command("mknod", device.toString(), "c", "1", "3"), "SKIPPED: mknod needs root (CI runs as root)");

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), this::check);

        assertEquals(1, outcome.unsafe().size());
        assertTrue(outcome.unsafe().get(0).contains("it is a character device, not a regular file"), outcome.unsafe().get(0));
    }

    @Test
    void aSuppressionFileOrBaselineLeavingTheProjectIsRefusedAndSuppressesNothing() throws IOException {
        Files.writeString(mail.resolve("good.yaml"), Topologies.ANONYMOUS_INTERNAL);
        Path suppressions = Files.writeString(elsewhere.resolve("s.yaml"), "suppressions: []\n# " + SECRET + "\n");
        Path baseline = Files.writeString(elsewhere.resolve("b.yaml"), "apiVersion: mailguard/v1\nfindings: []\n# " + SECRET + "\n");
        Files.createSymbolicLink(project.resolve("mailguard-suppressions.yaml"), suppressions);
        Files.createSymbolicLink(project.resolve("mailguard-baseline.yaml"), baseline);
        Settings settings = new Settings(project, LocalDate.of(2026, 11, 27)).sources(List.of(mail))
                .suppressions(project.resolve("mailguard-suppressions.yaml"), false)
                .baseline(project.resolve("mailguard-baseline.yaml"), false);

        CheckResult result = new MailGuard().check(settings.request());

        List<String> unsafe = result.findings().stream().filter(f -> f.rule().id().equals("MG111"))
                .map(f -> f.location().file()).toList();
        assertEquals(List.of("mailguard-baseline.yaml", "mailguard-suppressions.yaml"), unsafe);
        assertTrue(result.findings().stream().filter(Finding::counts).anyMatch(f -> f.rule().id().equals("MG003")),
                "the security finding still counts: " + result.findings());
        assertFalse(result.findings().toString().contains("AWS_SECRET"));
    }

    private static boolean mkfifo(Path path) {
        return command("mkfifo", path.toString()) && Files.exists(path);
    }

    private static boolean command(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
