package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium at desktop and phone width: it must render without a
 * console error, and the screenshots ({@code target/mailguard-report*.png}) are there to look at.
 */
class HtmlReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path project;

    private final Path target = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target");

    @Test
    void rendersAtDesktopAndPhoneWidthWithoutConsoleErrors() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "SKIPPED: " + CHROMIUM
                + " is missing, so the HTML report is not rendered (install the Debian package chromium)");
        Path page = Reports.write(ReportFixture.mixed(project), EnumSet.of(ReportFormat.HTML),
                target.resolve("mailguard-report")).get(0);
        String url = page.toUri().toString();

        Path desktop = target.resolve("mailguard-report.png");
        Path phone = target.resolve("mailguard-report-phone.png");
        chromium("desktop", "--screenshot=" + desktop, "--window-size=1280,2000", url);
        chromium("phone", "--screenshot=" + phone, "--window-size=390,1600", url);
        String dom = chromium("dom", "--dump-dom", url);

        assertScreenshot(desktop, 1280);
        assertScreenshot(phone, 390);
        assertTrue(dom.contains("<ul class=\"summary\" id=\"summary\">"), "the rendered page has no summary:\n" + dom);
        assertTrue(dom.contains("Check failed: 1 finding at or above error."), dom);
    }

    private static void assertScreenshot(Path png, int width) throws Exception {
        assertTrue(Files.isRegularFile(png) && Files.size(png) > 0, png + " was not written");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(width, image.getWidth(), png + " has the wrong width");
    }

    /**
     * Runs Chromium once and returns what it printed; fails on a timeout, or when the page did not load
     * or logged to the console (Chromium writes {@code INFO:CONSOLE:1] "Uncaught …"} to stderr).
     */
    private String chromium(String name, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-crash-reporter",
                "--user-data-dir=" + target.resolve("chromium-profile-" + name),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(arguments));
        Path stdout = target.resolve("chromium-" + name + ".out");
        Path stderr = target.resolve("chromium-" + name + ".err");
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "chromium failed: " + command + "\n" + log);
        List<String> pageErrors = log.lines()
                .filter(line -> line.contains("Uncaught") || line.contains(":CONSOLE") || line.contains("Page load failed"))
                .toList();
        assertEquals(List.of(), pageErrors, "the page logged errors in chromium");
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}
