package io.mailguard.cli;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.UsageException;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.check.SourceFiles;
import io.mailguard.load.LoadLimits;
import io.mailguard.report.ConsoleReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mailguard check [PATHS…]}: checks files and folders, prints one line per finding and a summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks configuration files; a PATH is a file or a folder (searched for *.yaml and *.yml).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATHS", arity = "0..*", description = "Files or folders to check (default: src/main/mail).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Least severity that fails: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Severity for a rule, or off: --severity MG014=warning (repeatable).")
    private Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "4194304",
            description = "Largest file read, in bytes (default: ${DEFAULT-VALUE}).")
    private long maxFileSize;

    @Override
    public Integer call() {
        FailOn threshold = FailOn.parse(failOn).orElseThrow(() ->
                new UsageException("--fail-on must be error, warning, info or never, not '" + failOn + "'"));
        Path projectDir = Path.of("").toAbsolutePath();
        List<Path> files = new ArrayList<>();
        for (Path path : paths.isEmpty() ? List.of(Path.of("src/main/mail")) : paths) {
            try {
                files.addAll(SourceFiles.find(path, SourceFiles.DEFAULT_INCLUDES, List.of()));
            } catch (UsageException e) {
                throw new UsageException("the path " + e.getMessage() + "; name a configuration file or a folder of them", e);
            }
        }
        CheckRequest request = new CheckRequest(projectDir, files, threshold, SeverityOverrides.parse(severities),
                LocalDate.now(ZoneOffset.UTC), LoadLimits.DEFAULT.withMaxFileBytes(maxFileSize));
        CheckResult result = new MailGuard().check(request);
        PrintWriter out = spec.commandLine().getOut();
        ConsoleReport.lines(result).forEach(out::println);
        out.println(ConsoleReport.summary(result));
        out.flush();
        return result.failed() ? MailGuardCommand.FINDINGS : 0;
    }
}
