package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.SourceLines;
import io.mailguard.report.ReportFormat;
import io.mailguard.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two inputs of the issue that exploded the reports: all reports together stay under 200 × the
 * input's size + 5 MiB, and a check of a 4 MiB input fits in a 1 GiB heap.
 */
class BoundedOutputTest {

    private static final long FIVE_MIB = 5L * 1024 * 1024;

    @TempDir
    Path project;

    /** One connector named {@code name} relaying to {@code domains} domains, in one flow-style line. */
    static String connector(String name, int domains) {
        return "apiVersion: mailguard/v1\norganization: contoso\nconnectors:\n  - name: " + name
                + "\n    sourceVirtualServers: []\n    addressSpaces: ['*']\n    relayDomains: ["
                + IntStream.range(0, domains).mapToObj(i -> "d" + i + ".example").collect(Collectors.joining(", ")) + "]\n";
    }

    /** Checks {@code src/main/mail} of {@code project}, writes every report to {@code out}; returns their total size. */
    static long checkAndReport(Path project, Path out) throws IOException {
        Settings settings = new Settings(project, LocalDate.of(2026, 11, 27)).sources(List.of(project.resolve("src/main/mail")));
        CheckResult result = new MailGuard().check(settings.request());
        long total = 0;
        for (Path report : Reports.write(result, EnumSet.allOf(ReportFormat.class), out)) {
            total += Files.size(report);
        }
        return total;
    }

    @Test
    void tenThousandRelayDomainsOnOneLineGiveBoundedReports() throws IOException {
        Path file = Files.createDirectories(project.resolve("src/main/mail")).resolve("relay.yaml");
        Files.writeString(file, connector("Internet", 10_000));
        long input = Files.size(file);
        assertTrue(input > 140_000, "the issue's input is about 149 KB: " + input);

        Settings settings = new Settings(project, LocalDate.of(2026, 11, 27)).sources(List.of(file.getParent()));
        CheckResult result = new MailGuard().check(settings.request());
        long total = 0;
        for (Path report : Reports.write(result, EnumSet.allOf(ReportFormat.class), project.resolve("out"))) {
            total += Files.size(report);
        }

        assertEquals(10_000, result.findings().stream().filter(f -> f.rule().id().equals("MG002")).count());
        assertTrue(total < 200 * input + FIVE_MIB, "reports " + total + " bytes for an input of " + input);
        SourceLines lines = result.sourceLines("src/main/mail/relay.yaml");
        assertTrue(lines.lines().values().stream().allMatch(line -> line.length() <= JudgedText.WIDTH + 2), lines.toString());
        String html = Files.readString(project.resolve("out/mailguard.html"), StandardCharsets.UTF_8);
        assertEquals(1, html.split("<pre class=\"snippet\">", -1).length - 1, "one excerpt for the one line");
        assertTrue(lines.lines().get(7).startsWith(JudgedText.CUT) || lines.lines().get(7).endsWith(JudgedText.CUT));
    }

    /**
     * The second input (a 1,000,000-character connector name, 20,000 relay domains) and a 4 MiB
     * input, checked by a JVM with a 1 GiB heap: it ends with findings (exit 1), not out of memory.
     */
    @Test
    void aFourMebibyteInputIsCheckedInAOneGibibyteHeap() throws Exception {
        Path mail = Files.createDirectories(project.resolve("src/main/mail"));
        Files.writeString(mail.resolve("name.yaml"), connector("n".repeat(1_000_000), 20_000));
        String big = connector("m".repeat(3_900_000), 2_000);
        Files.writeString(mail.resolve("big.yaml"), big);
        long input = Files.size(mail.resolve("name.yaml")) + Files.size(mail.resolve("big.yaml"));
        assertTrue(Files.size(mail.resolve("big.yaml")) > 3_900_000 && Files.size(mail.resolve("big.yaml")) <= 4L * 1024 * 1024);

        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), HeapCheck.class.getName(), project.toString(),
                project.resolve("out").toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(java.waitFor(240, TimeUnit.SECONDS), "the check took over four minutes");

        assertEquals(0, java.exitValue(), output);
        long total = Long.parseLong(output.strip().lines().reduce((a, b) -> b).orElseThrow());
        assertTrue(total < 200 * input + FIVE_MIB, "reports " + total + " bytes for an input of " + input);
    }

    /** The child JVM of {@link #aFourMebibyteInputIsCheckedInAOneGibibyteHeap}: prints the reports' total size. */
    static final class HeapCheck {

        public static void main(String[] args) throws IOException {
            System.out.println(checkAndReport(Path.of(args[0]), Path.of(args[1])));
        }
    }
}
