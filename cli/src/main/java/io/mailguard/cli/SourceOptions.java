package io.mailguard.cli;

import io.mailguard.check.Settings;
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

    @Option(names = "--allow-empty", description = "Pass when there is no file to check (otherwise that is an error, exit 2).")
    private boolean allowEmpty;

    @Option(names = "--policies", paramLabel = "FILE|DIR",
            description = "Policy file, or folder of policy files, to judge with besides those among the PATHS and"
                    + " mailguard-policies.yaml (repeatable).")
    private List<Path> policies = new ArrayList<>();

    @Option(names = "--policy-pack", paramLabel = "JAR",
            description = "Jar holding a policy pack (META-INF/mailguard/policies/*.yaml) (repeatable).")
    private List<Path> policyPacks = new ArrayList<>();

    @Option(names = "--no-fast-paths", negatable = false,
            description = "Read every file with SnakeYAML Engine and validate it with Everit, without the quick paths.")
    private boolean noFastPaths;

    /**
     * The settings these options describe. The project is the git repository that holds the paths, or
     * the current folder outside a repository; MailGuard reads nothing outside it.
     */
    Settings settings() {
        List<Path> roots = roots();
        Path project = Settings.projectRootOf(roots);
        return new Settings(project, LocalDate.now(ZoneOffset.UTC))
                .sources(roots)
                .failOn(failOn)
                .severities(severities)
                .suppressions(suppressions != null ? suppressions : DEFAULT_SUPPRESSIONS, suppressions != null)
                .maxFileSize(maxFileSize)
                .allowEmpty(allowEmpty)
                .policies(policies)
                .policyPacks(policyPacks)
                .fastPaths(!noFastPaths);
    }

    private List<Path> roots() {
        return paths.isEmpty() ? List.of(Path.of("src/main/mail")) : paths;
    }
}
