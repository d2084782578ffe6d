package io.mailguard.cli;

import io.mailguard.FailOn;
import io.mailguard.UsageException;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.check.SourceFiles;
import io.mailguard.load.LoadLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that reads configuration: what to read and how to judge it. */
final class SourceOptions {

    /** The default suppression file, used when it exists. */
    static final Path DEFAULT_SUPPRESSIONS = Path.of("mailguard-suppressions.yaml");

    @Parameters(paramLabel = "PATHS", arity = "0..*", description = "Files or folders to check (default: src/main/mail).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Least severity that fails: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Severity for a rule, or off: --severity MG014=warning (repeatable).")
    private Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Suppression file (default: mailguard-suppressions.yaml when it exists).")
    private Path suppressions;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "4194304",
            description = "Largest file read, in bytes (default: ${DEFAULT-VALUE}).")
    private long maxFileSize;

    /** The check these options describe, with a baseline and revision to compare with, or none. */
    CheckRequest request(Path baseline, String newSince) {
        FailOn threshold = FailOn.parse(failOn).orElseThrow(() ->
                new UsageException("--fail-on must be error, warning, info or never, not '" + failOn + "'"));
        List<Path> files = new ArrayList<>();
        for (Path path : roots()) {
            try {
                files.addAll(SourceFiles.find(path, SourceFiles.DEFAULT_INCLUDES, List.of()));
            } catch (UsageException e) {
                throw new UsageException("the path " + e.getMessage() + "; name a configuration file or a folder of them", e);
            }
        }
        CheckRequest.Accepted accepted = new CheckRequest.Accepted(existing(suppressions, DEFAULT_SUPPRESSIONS), baseline,
                newSince == null ? null : new CheckRequest.NewSince(newSince, roots(), SourceFiles.DEFAULT_INCLUDES, List.of()));
        return new CheckRequest(Path.of("").toAbsolutePath(), files, threshold, SeverityOverrides.parse(severities),
                LocalDate.now(ZoneOffset.UTC), LoadLimits.DEFAULT.withMaxFileBytes(maxFileSize), accepted);
    }

    private List<Path> roots() {
        return paths.isEmpty() ? List.of(Path.of("src/main/mail")) : paths;
    }

    /** The file the user named (which must exist), or the default when it exists, or none. */
    static Path existing(Path named, Path fallback) {
        if (named != null) {
            if (!Files.isRegularFile(named)) {
                throw new UsageException(named + " does not exist");
            }
            return named;
        }
        return Files.isRegularFile(fallback) ? fallback : null;
    }
}
