package io.mailguard.check;

import io.mailguard.FailOn;
import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import io.mailguard.Severity;
import io.mailguard.load.LoadLimits;
import io.mailguard.policy.PolicyFiles;
import io.mailguard.policy.PolicyReader;
import io.mailguard.rules.RuleCatalogue;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a user sets for one check, as every front end takes it (Maven parameters, command-line
 * options, the Gradle extension), turned into a {@link CheckRequest} in one place. A bad value is an
 * {@link InvalidSettingException} naming the {@link Setting}, which the front end words in its own syntax.
 */
public final class Settings {

    private final Path projectRoot;
    private final List<Path> sources = new ArrayList<>();
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private String failOn = "error";
    private Map<String, String> severities = Map.of();
    private Path suppressions;
    private boolean suppressionsNamed;
    private Path baseline;
    private boolean baselineNamed;
    private String newSince;
    private long maxFileSize = LoadLimits.DEFAULT.maxFileBytes();
    private boolean allowEmpty;
    private boolean fastPaths = true;
    private final List<Path> policies = new ArrayList<>();
    private final List<Path> policyPacks = new ArrayList<>();
    private LocalDate today;

    /**
     * Settings of a check of the project at {@code projectRoot}: findings name files relative to it,
     * and MailGuard reads nothing outside it.
     */
    public Settings(Path projectRoot, LocalDate today) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.today = today;
    }

    /**
     * The project that holds {@code paths} on the command line: the nearest folder above the first
     * of them (or the current folder) with a {@code .git}, else the current folder.
     */
    public static Path projectRootOf(List<Path> paths) {
        Path current = Path.of("").toAbsolutePath().normalize();
        Path start = paths.isEmpty() ? current : paths.get(0).toAbsolutePath().normalize();
        for (Path at = start; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return at;
            }
        }
        return current;
    }

    /** The project this check reads. */
    public Path projectRoot() {
        return projectRoot;
    }

    /** Adds files or folders to check. */
    public Settings sources(List<Path> paths) {
        sources.addAll(paths);
        return this;
    }

    /** Globs of the files to check in the folders (default: every {@code .yaml} and {@code .yml}). */
    public Settings includes(List<String> globs) {
        includes = globs == null ? List.of() : List.copyOf(globs);
        return this;
    }

    /** Globs of the files not to check. */
    public Settings excludes(List<String> globs) {
        excludes = globs == null ? List.of() : List.copyOf(globs);
        return this;
    }

    /** The least severity that fails: {@code error}, {@code warning}, {@code info} or {@code never}. */
    public Settings failOn(String word) {
        failOn = word;
        return this;
    }

    /** Rule id → {@code error}, {@code warning}, {@code info} or {@code off}. */
    public Settings severities(Map<String, String> byRule) {
        severities = byRule == null ? Map.of() : new LinkedHashMap<>(byRule);
        return this;
    }

    /**
     * The suppression file. {@code named}: the user named it, so it must exist; otherwise it is the
     * default, used when it exists.
     */
    public Settings suppressions(Path file, boolean named) {
        suppressions = file;
        suppressionsNamed = named;
        return this;
    }

    /** The baseline file; {@code named} as for {@link #suppressions}. */
    public Settings baseline(Path file, boolean named) {
        baseline = file;
        baselineNamed = named;
        return this;
    }

    /** Pre-merge mode: the git revision to compare with, or {@code null}. */
    public Settings newSince(String revision) {
        newSince = revision == null || revision.isBlank() ? null : revision.trim();
        return this;
    }

    /** The largest file read, in bytes. */
    public Settings maxFileSize(long bytes) {
        maxFileSize = bytes;
        return this;
    }

    /** Whether finding no file to check is allowed (otherwise it is an error). */
    public Settings allowEmpty(boolean allowed) {
        allowEmpty = allowed;
        return this;
    }

    /** Whether the quick reader and the quick schema check may answer (on by default). */
    public Settings fastPaths(boolean on) {
        fastPaths = on;
        return this;
    }

    /** Adds policy files, or folders of policy files, to those found among the sources. */
    public Settings policies(List<Path> filesOrFolders) {
        if (filesOrFolders != null) {
            policies.addAll(filesOrFolders);
        }
        return this;
    }

    /** Adds jars holding policy packs ({@code META-INF/mailguard/policies/*.yaml}). */
    public Settings policyPacks(List<Path> jars) {
        if (jars != null) {
            policyPacks.addAll(jars);
        }
        return this;
    }

    /** Whether pre-merge mode is on. */
    public boolean preMerge() {
        return newSince != null;
    }

    /** The suppression file in use: the named one, or the default when it exists; {@code null} for none. */
    public Path suppressionFile() {
        return file(Setting.SUPPRESSIONS, suppressions, suppressionsNamed, "suppression file");
    }

    /** The baseline in use: the named one, or the default when it exists; {@code null} for none. */
    public Path baselineFile() {
        return file(Setting.BASELINE, baseline, baselineNamed, "baseline file");
    }

    /**
     * The files to check: the sources' matching entries, entries to refuse (MG111) included.
     *
     * @throws NothingToCheckException when there is none and an empty check is not allowed
     */
    public List<Path> files() {
        if (sources.isEmpty()) {
            throw new InvalidSettingException(Setting.SOURCES, "", "must name at least one file or folder");
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Path source : sources) {
            files.addAll(SourceFiles.find(projectRoot, source, includes, excludes));
        }
        if (files.isEmpty() && !allowEmpty) {
            throw new NothingToCheckException(sources);
        }
        return List.copyOf(files);
    }

    /** The check these settings describe, with {@code files} as {@link #files()} found them. */
    public CheckRequest request(List<Path> files) {
        FailOn threshold = FailOn.parse(failOn == null ? "" : failOn).orElseThrow(() ->
                new InvalidSettingException(Setting.FAIL_ON, failOn, "must be error, warning, info or never"));
        if (maxFileSize < 1) {
            throw new InvalidSettingException(Setting.MAX_FILE_SIZE, String.valueOf(maxFileSize),
                    "must be a positive number of bytes (default 4194304)");
        }
        SeverityOverrides overrides = severityOverrides();
        CheckRequest.NewSince preMerge = null;
        if (newSince != null) {
            checkRevision(newSince);
            preMerge = new CheckRequest.NewSince(newSince, List.copyOf(sources), includes, excludes);
        }
        LoadLimits limits = LoadLimits.DEFAULT.withMaxFileBytes(maxFileSize);
        return new CheckRequest(projectRoot, files, threshold, overrides, today, limits,
                new CheckRequest.Accepted(suppressionFile(), baselineFile(), preMerge), fastPaths,
                PolicyFiles.read(projectRoot, policies, policyPacks, limits));
    }

    /** The check these settings describe, over the files they find. */
    public CheckRequest request() {
        return request(files());
    }

    /** What a severity for an id that is neither a rule nor a policy of the check must be. */
    static final String UNKNOWN_RULE = "must name a rule that `mailguard rules` lists, such as MG014, or a policy of this check";

    private SeverityOverrides severityOverrides() {
        for (Map.Entry<String, String> entry : severities.entrySet()) {
            String value = entry.getKey() + "=" + entry.getValue();
            if (RuleCatalogue.find(entry.getKey()).isEmpty() && !PolicyReader.isPolicyId(entry.getKey())) {
                throw new InvalidSettingException(Setting.SEVERITIES, value, UNKNOWN_RULE);
            }
            String word = entry.getValue() == null ? "" : entry.getValue().trim();
            if (!word.equalsIgnoreCase("off") && Severity.parse(word).isEmpty()) {
                throw new InvalidSettingException(Setting.SEVERITIES, value,
                        "must give " + entry.getKey() + " the severity error, warning, info or off");
            }
        }
        return SeverityOverrides.parse(severities);
    }

    /**
     * A revision MailGuard reads from the repository's objects alone: reflog forms ({@code HEAD@{yesterday}},
     * {@code @{-1}}) read the local history of a clone, which a CI checkout does not have.
     */
    private static void checkRevision(String revision) {
        if (revision.contains("@{") || revision.startsWith("-") || revision.contains(":") || revision.contains("..")) {
            throw new InvalidSettingException(Setting.NEW_SINCE, revision,
                    "must name a branch, tag or commit (such as origin/main, v1.2 or a commit id; reflog forms like @{…},"
                            + " ranges and paths are not read)");
        }
    }

    private Path file(Setting setting, Path file, boolean named, String what) {
        if (file == null) {
            return null;
        }
        boolean present = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (named && !present) {
            throw new InvalidSettingException(setting, file.toString(), "must name an existing " + what);
        }
        if (present && Files.isDirectory(file)) {
            if (named) {
                throw new InvalidSettingException(setting, file.toString(), "must name a " + what + ", not a folder");
            }
            return null;
        }
        return present ? file : null;
    }
}
