package io.mailguard.report;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The entry point of the report step: writes the chosen report files of one check. Every report is
 * deterministic: the same result gives the same bytes on every machine, locale and time zone.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes each chosen report into {@code outputDirectory}, creating it.
     *
     * @param projectDirectory the directory the findings' paths are relative to; the HTML report reads
     *     the offending lines from there
     * @return the files written, in {@link ReportFormat} order
     */
    public static List<Path> write(CheckResult result, Set<ReportFormat> formats, Path outputDirectory,
            Path projectDirectory) throws IOException {
        if (formats.isEmpty()) {
            return List.of();
        }
        Files.createDirectories(outputDirectory);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            Path file = outputDirectory.resolve(format.fileName());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                write(result, format, projectDirectory, out);
            }
            written.add(file);
        }
        return written;
    }

    /** Writes one report to a stream, which stays open. */
    public static void write(CheckResult result, ReportFormat format, Path projectDirectory, OutputStream out)
            throws IOException {
        switch (format) {
            case SARIF -> SarifReport.write(result, out);
            case JUNIT -> JunitReport.write(result, out);
            case JSON -> JsonReport.write(result, out);
            case HTML -> HtmlReport.write(result, projectDirectory, out);
            case CODEQUALITY -> CodeQualityReport.write(result, out);
        }
    }

    /**
     * The findings of each file, in report order, sorted by file; every checked file is there, with
     * or without findings, and so is any other file a finding names (a suppression file, say).
     */
    static Map<String, List<Finding>> byFile(CheckResult result) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        result.files().forEach(file -> byFile.put(file, new ArrayList<>()));
        result.findings().forEach(f -> byFile.computeIfAbsent(f.location().file(), file -> new ArrayList<>()).add(f));
        return byFile;
    }
}
