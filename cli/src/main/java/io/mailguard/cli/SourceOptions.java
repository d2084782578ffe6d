package io.mailguard.cli;

import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.NothingToCheckException;
import io.mailguard.check.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of every command that reads configuration: what to read and how to judge it. Each
 * setting comes from the command line, else from the project file ({@code .mailguard.yaml} or
 * {@code --config}), else from its default; a list given on the command line replaces the file's.
 */
final class SourceOptions {

    /** The default suppression file, used when it exists. */
    static final Path DEFAULT_SUPPRESSIONS = Path.of("mailguard-suppressions.yaml");

    /** The least severity that fails unless the command line or the project file says otherwise. */
    static final String DEFAULT_FAIL_ON = "error";

    /** The default source folder. */
    static final Path DEFAULT_SOURCES = Path.of("src/main/mail");

    @Parameters(paramLabel = "PATHS", arity = "0..*",
            description = "Files or folders to check (default: the project file's sourceDirectories, else src/main/mail).")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project file (default: .mailguard.yaml in the project root when it is there).")
    private Path config;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Files to check in the folders, relative to each (repeatable; default: **/*.yaml and **/*.yml).")
    private List<String> includes;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Files not to check in the folders, relative to each (repeatable).")
    private List<String> excludes;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Least severity that fails: error, warning, info or never (default: error).")
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

    @Option(names = "--allow-empty", negatable = true,
            description = "Pass when there is no file to check (otherwise that is an error, exit 2); --no-allow-empty overrides the project file.")
    private Boolean allowEmpty;

    @Option(names = "--policies", paramLabel = "FILE|DIR",
            description = "Policy file, or folder of policy files, to judge with besides those among the PATHS and"
                    + " mailguard-policies.yaml (repeatable; replaces the project file's policies).")
    private List<Path> policies;

    @Option(names = "--policy-pack", paramLabel = "JAR",
            description = "Jar holding a policy pack (META-INF/mailguard/policies/*.yaml) (repeatable; replaces the"
                    + " project file's policyPacks).")
    private List<Path> policyPacks;

    @Option(names = "--no-fast-paths", negatable = false,
            description = "Read every file with SnakeYAML Engine and validate it with Everit, without the quick paths.")
    private boolean noFastPaths;

    private ProjectFile projectFile;
    private List<Path> roots;
    private boolean emptyAllowed;
    /** The settings the project file gave, by its key: their errors are located in it. */
    private final Map<Setting, String> fromFile = new EnumMap<>(Setting.class);

    /**
     * The project file: the one {@code --config} names, else {@code .mailguard.yaml} in the project
     * that holds the paths (or the current folder) when it is there, else none. Read once.
     */
    ProjectFile projectFile() {
        if (projectFile == null) {
            projectFile = ProjectFile.find(config, Settings.projectRootOf(paths));
        }
        return projectFile;
    }

    /**
     * The settings these options and the project file describe. The project is the git repository
     * that holds the paths, or the current folder outside a repository; MailGuard reads nothing outside it.
     */
    Settings settings() {
        ProjectFile file = projectFile();
        roots = !paths.isEmpty() ? paths : fromFile(Setting.SOURCES, "sourceDirectories", file::paths);
        if (roots == null) {
            roots = List.of(file.base(DEFAULT_SOURCES));
        } else if (paths.isEmpty()) {
            requireExisting(file);
        }
        Map<String, String> bySeverity = file.map("severities");
        if (!bySeverity.isEmpty()) {
            fromFile.put(Setting.SEVERITIES, "severities");
        }
        bySeverity.putAll(severities);
        emptyAllowed = Boolean.TRUE.equals(allowEmpty != null ? allowEmpty : file.flag("allowEmpty"));
        String threshold = pick(Setting.FAIL_ON, "failOn", failOn, file::text);
        return new Settings(Settings.projectRootOf(roots), LocalDate.now(ZoneOffset.UTC))
                .sources(roots)
                .includes(pick(Setting.INCLUDES, "includes", includes, file::texts))
                .excludes(pick(Setting.EXCLUDES, "excludes", excludes, file::texts))
                .failOn(threshold != null ? threshold : DEFAULT_FAIL_ON)
                .severities(bySeverity)
                .suppressions(file.path(suppressions, "suppressions", DEFAULT_SUPPRESSIONS), suppressions != null)
                .policies(pick(Setting.POLICIES, "policies", policies, file::paths))
                .policyPacks(pick(Setting.POLICY_PACKS, "policyPacks", policyPacks, file::paths))
                .maxFileSize(maxFileSize)
                .allowEmpty(emptyAllowed)
                .fastPaths(!noFastPaths);
    }

    /**
     * The check {@code settings} describe, over the files they find but the project file itself,
     * which is not configuration to check. A bad setting from the project file is located in it. Call
     * it with what {@link #settings()} returned.
     */
    CheckRequest request(Settings settings) {
        try {
            List<Path> found = settings.files();
            List<Path> files = found.stream().filter(path -> !isProjectFile(path)).toList();
            if (files.isEmpty() && !found.isEmpty() && !emptyAllowed) {
                throw new NothingToCheckException(roots);
            }
            return settings.request(files);
        } catch (InvalidSettingException e) {
            throw located(e);
        }
    }

    /** Each of the file's source folders is there: one that is not is the file's mistake, located in it. */
    private void requireExisting(ProjectFile file) {
        List<String> problems = new ArrayList<>();
        List<String> written = file.texts("sourceDirectories");
        for (int i = 0; i < roots.size(); i++) {
            Path root = roots.get(i);
            if (!Files.exists(root) && !Files.isSymbolicLink(root)) {
                problems.add(file.locate("sourceDirectories", written.get(i)) + ": `sourceDirectories` names " + root
                        + ", which does not exist; name the folders that hold the configuration, relative to the project file");
            }
        }
        if (!problems.isEmpty()) {
            throw new ProjectFileException(problems);
        }
    }

    /** A bad setting the project file gave, as a problem located in it; one from the command line as it is. */
    private RuntimeException located(InvalidSettingException e) {
        String key = fromFile.get(e.setting());
        boolean fromCommandLine = e.setting() == Setting.SEVERITIES && severities.containsKey(e.value().split("=", 2)[0]);
        if (key == null || fromCommandLine) {
            return e;
        }
        return new ProjectFileException(List.of(projectFile.locate(key, e.value()) + ": " + e.describe("`" + key + "`")));
    }

    /** The command line's value, else the project file's (noting that it came from there), else {@code null}. */
    private <T> T pick(Setting setting, String key, T option, Function<String, T> read) {
        return option != null ? option : fromFile(setting, key, read);
    }

    private <T> T fromFile(Setting setting, String key, Function<String, T> read) {
        if (!projectFile.has(key)) {
            return null;
        }
        fromFile.put(setting, key);
        return read.apply(key);
    }

    private boolean isProjectFile(Path path) {
        Path file = projectFile.file();
        try {
            return file != null && path.getFileName() != null && path.getFileName().equals(file.getFileName())
                    && Files.isSameFile(path, file);
        } catch (IOException e) {
            return false;
        }
    }
}
