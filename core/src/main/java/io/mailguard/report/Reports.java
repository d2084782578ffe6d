package io.mailguard.report;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.Names;
import io.mailguard.WholeFiles;
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
     * Writes each chosen report into {@code outputDirectory}, creating it. Each report is written whole
     * or not at all: to a new temporary file beside it, then moved into place in one step, which
     * replaces a link of that name rather than writing through it. Call it after the findings are
     * printed, so a failure here loses nothing.
     *
     * @return the files written, in {@link ReportFormat} order
     * @throws ReportWriteException naming the file or folder and the cause; no partial report is left
     */
    public static List<Path> write(CheckResult result, Set<ReportFormat> formats, Path outputDirectory) throws ReportWriteException {
        return write(result, formats, outputDirectory, Files::newOutputStream);
    }

    /**
     * As {@link #write(CheckResult, Set, Path)}; {@code projectDirectory} is not used, since no report
     * reads a file any more (the HTML excerpts come with the result).
     *
     * @deprecated use {@link #write(CheckResult, Set, Path)}
     */
    @Deprecated
    public static List<Path> write(CheckResult result, Set<ReportFormat> formats, Path outputDirectory, Path projectDirectory)
            throws ReportWriteException {
        return write(result, formats, outputDirectory);
    }

    static List<Path> write(CheckResult result, Set<ReportFormat> formats, Path outputDirectory, WholeFiles.Opener opener)
            throws ReportWriteException {
        if (formats.isEmpty()) {
            return List.of();
        }
        if (Files.isSymbolicLink(outputDirectory)) {
            throw new ReportWriteException(outputDirectory, "it is a symbolic link, and MailGuard does not write through links;"
                    + " point the output directory at a real folder");
        }
        try {
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new ReportWriteException(outputDirectory, Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)
                    ? "it is a file, not a folder; remove it or choose another output directory"
                    : ReportWriteException.reason(e) + "; choose an output directory you can write to", e);
        }
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (formats.contains(format)) {
                Path file = outputDirectory.resolve(format.fileName());
                writeWhole(file, opener, out -> write(result, format, out));
                written.add(file);
            }
        }
        return written;
    }

    /**
     * Writes one file of the output directory (the incremental check's stamp, say) as the reports are
     * written: whole or not at all, never through a link.
     */
    public static void writeWhole(Path file, byte[] bytes) throws ReportWriteException {
        try {
            WholeFiles.write(file, bytes);
        } catch (IOException e) {
            throw new ReportWriteException(file, ReportWriteException.reason(e), e);
        }
    }

    private static void writeWhole(Path file, WholeFiles.Opener opener, WholeFiles.Content content)
            throws ReportWriteException {
        try {
            WholeFiles.write(file, opener, content);
        } catch (IOException e) {
            throw new ReportWriteException(file, ReportWriteException.reason(e), e);
        }
    }

    /** Writes one report to a stream, which stays open. */
    public static void write(CheckResult result, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case SARIF -> SarifReport.write(result, out);
            case JUNIT -> JunitReport.write(result, out);
            case JSON -> JsonReport.write(result, out);
            case HTML -> HtmlReport.write(result, out);
            case CODEQUALITY -> CodeQualityReport.write(result, out);
        }
    }

    /**
     * The finding's fingerprint with its parts {@linkplain io.mailguard.Names#shorten shortened}: the same
     * as {@link Finding#fingerprint()} for every name of ordinary length, bounded for the rest.
     */
    static String fingerprint(Finding finding) {
        return Finding.fingerprint(finding.rule().id(), Names.shorten(finding.scope()), Names.shorten(finding.object()),
                Names.shorten(finding.property()));
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
