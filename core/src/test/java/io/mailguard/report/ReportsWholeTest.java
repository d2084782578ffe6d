package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.mailguard.CheckResult;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each report file is whole or absent: written to a temporary file and moved, never through a link. */
class ReportsWholeTest {

    private static final Set<ReportFormat> ALL = EnumSet.allOf(ReportFormat.class);

    @TempDir
    Path project;

    @TempDir
    Path output;

    @Test
    void aReportNameThatIsALinkIsReplacedNotWrittenThrough() throws Exception {
        Path victim = Files.writeString(project.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(output.resolve("mailguard.json"), victim);

        Reports.write(ReportFixture.mixed(project), ALL, output);

        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(output.resolve("mailguard.json")));
        assertValid(output);
    }

    @Test
    void anOutputPathThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(output.resolve("reports"), "x");

        ReportWriteException e = assertThrows(ReportWriteException.class,
                () -> Reports.write(ReportFixture.mixed(project), ALL, file));

        assertEquals("cannot write " + file + ": it is a file, not a folder; remove it or choose another output directory",
                e.getMessage());
    }

    @Test
    void anOutputDirectoryThatIsALinkIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(output.resolve("mailguard"), Files.createDirectories(project.resolve("elsewhere")));

        ReportWriteException e = assertThrows(ReportWriteException.class,
                () -> Reports.write(ReportFixture.mixed(project), ALL, link));

        assertTrue(e.getMessage().startsWith("cannot write " + link + ": it is a symbolic link"), e.getMessage());
        try (Stream<Path> files = Files.list(project.resolve("elsewhere"))) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anUnwritableFolderIsAClearError() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "SKIPPED: root writes anywhere; the disk-full tests cover the failure path");
        Path locked = Files.createDirectories(output.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false, false), "SKIPPED: cannot take write permission away here");
        try {
            ReportWriteException e = assertThrows(ReportWriteException.class,
                    () -> Reports.write(ReportFixture.mixed(project), ALL, locked));
            assertTrue(e.getMessage().contains(": permission denied"), e.getMessage());
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    /** Fault injection: the disk fills up in the middle of the SARIF report. */
    @Test
    void aFullDiskLeavesTheEarlierReportWholeAndNoTemporaryFile() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        Reports.write(result, ALL, output);
        byte[] before = Files.readAllBytes(output.resolve("mailguard.sarif"));

        ReportWriteException e = assertThrows(ReportWriteException.class, () -> Reports.write(result, ALL, output,
                file -> new FilterOutputStream(Files.newOutputStream(file)) {
                    private int written;

                    @Override
                    public void write(int b) throws IOException {
                        if (++written > 2_000) {
                            throw new IOException("No space left on device");
                        }
                        super.write(b);
                    }
                }));

        assertEquals("cannot write " + output.resolve("mailguard.sarif") + ": No space left on device", e.getMessage());
        assertEquals(new String(before), Files.readString(output.resolve("mailguard.sarif")));
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    /** A real full disk: a 64 KiB tmpfs, where the system allows mounting one (CI runs as root). */
    @Test
    void aRealFullDiskIsAClearErrorAndLeavesNoBrokenReport() throws Exception {
        Path disk = Files.createDirectories(output.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString()),
                "SKIPPED: cannot mount a tmpfs here (not root, or no permission); the fault-injection test covers a full disk");
        try {
            Files.write(disk.resolve("filler"), new byte[60 * 1024]);
            CheckResult result = ReportFixture.mixed(project);

            ReportWriteException e = assertThrows(ReportWriteException.class, () -> Reports.write(result, ALL, disk));

            assertTrue(e.getMessage().startsWith("cannot write " + disk.resolve("mailguard.sarif") + ": No space left on device"),
                    e.getMessage());
            try (Stream<Path> files = Files.list(disk)) {
                assertEquals(List.of(disk.resolve("filler")), files.toList());
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    /** Two checks writing one folder at once: whichever wins, each report file is complete and valid. */
    @Test
    void concurrentRunsLeaveEachReportValid() throws Exception {
        CheckResult first = ReportFixture.mixed(project.resolve("a"));
        CheckResult second = ReportFixture.baselined(project.resolve("b"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 8; round++) {
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    CheckResult result = i % 2 == 0 ? first : second;
                    runs.add(pool.submit(() -> Reports.write(result, ALL, output)));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
                assertValid(output);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(ALL.size(), files.count(), "no temporary file is left");
        }
    }

    private static void assertValid(Path directory) throws Exception {
        for (String json : List.of("mailguard.sarif", "mailguard.json", "mailguard-codequality.json")) {
            try (JsonParser parser = new JsonFactory().createParser(Files.readAllBytes(directory.resolve(json)))) {
                while (parser.nextToken() != null) {
                    // reading every token proves the document complete
                }
            }
        }
        for (String xml : List.of("mailguard-junit.xml", "mailguard.html")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(directory.resolve(xml))));
        }
    }

    private static boolean run(String... command) {
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
