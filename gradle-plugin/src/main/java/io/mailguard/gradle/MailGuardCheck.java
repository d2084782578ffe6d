package io.mailguard.gradle;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import io.mailguard.Finding;
import io.mailguard.Product;
import io.mailguard.UsageException;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.check.SourceFiles;
import io.mailguard.load.LoadLimits;
import io.mailguard.policy.Policies;
import io.mailguard.policy.PolicyFiles;
import io.mailguard.report.ConsoleReport;
import io.mailguard.report.GithubJobSummary;
import io.mailguard.report.ReportFormat;
import io.mailguard.report.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.gradle.api.DefaultTask;
import org.gradle.api.GradleException;
import org.gradle.api.InvalidUserDataException;
import org.gradle.api.Project;
import org.gradle.api.file.FileCollection;
import org.gradle.api.tasks.CacheableTask;
import org.gradle.api.tasks.Input;
import org.gradle.api.tasks.InputFiles;
import org.gradle.api.tasks.Optional;
import org.gradle.api.tasks.OutputDirectory;
import org.gradle.api.tasks.PathSensitive;
import org.gradle.api.tasks.PathSensitivity;
import org.gradle.api.tasks.TaskAction;

/**
 * Checks the mail-server configuration, writes the reports and fails the build on findings at or above
 * {@code failOn}, as {@code mvn mailguard:check} does. Its inputs are everything a check reads (the source
 * folder, the suppression file, the baseline), the settings, MailGuard's version and today's date, on
 * which expiries depend; its outputs are the reports, so an unchanged project is up to date and a
 * build cache can restore them.
 */
@CacheableTask
public class MailGuardCheck extends DefaultTask {

    private MailGuardExtension settings;
    private File projectDirectory;
    private FileCollection sources;
    private FileCollection suppressionFile;
    private FileCollection baselineFile;
    private FileCollection policyFiles;
    private FileCollection policyPacks;

    /** Reads its settings from {@code settings}, when it runs; the file inputs are resolved as late. */
    void use(MailGuardExtension settings, Project project) {
        this.settings = settings;
        this.projectDirectory = project.getProjectDir();
        this.sources = project.files((Callable<File>) settings::getSourceDirectory);
        this.suppressionFile = project.files((Callable<List<File>>) () -> existing(settings.getSuppressions()));
        this.baselineFile = project.files((Callable<List<File>>) () -> existing(settings.getBaseline()));
        this.policyFiles = project.files((Callable<List<File>>) () -> {
            List<File> files = new ArrayList<>(settings.getPolicies());
            files.addAll(existing(project.file(PolicyFiles.PROJECT_FILE)));
            return files;
        });
        this.policyPacks = project.getConfigurations().getByName(MailGuardPlugin.POLICIES_CONFIGURATION);
    }

    /** The policy files and folders, and the project's {@code mailguard-policies.yaml} when it exists. */
    @InputFiles
    @PathSensitive(PathSensitivity.RELATIVE)
    public FileCollection getPolicyFiles() {
        return policyFiles;
    }

    /** The policy packs: the jars of the {@code mailguardPolicies} configuration. */
    @InputFiles
    @PathSensitive(PathSensitivity.NAME_ONLY)
    public FileCollection getPolicyPacks() {
        return policyPacks;
    }

    /** The source folder, every file in it: configuration files and the files they name. */
    @InputFiles
    @PathSensitive(PathSensitivity.RELATIVE)
    public FileCollection getSources() {
        return sources;
    }

    /** The source folder as findings name it, relative to the project. */
    @Input
    public String getSourcePath() {
        return relative(settings.getSourceDirectory());
    }

    /** The suppression file, when it exists. */
    @InputFiles
    @PathSensitive(PathSensitivity.RELATIVE)
    public FileCollection getSuppressionFile() {
        return suppressionFile;
    }

    /** The baseline file, when it exists. */
    @InputFiles
    @PathSensitive(PathSensitivity.RELATIVE)
    public FileCollection getBaselineFile() {
        return baselineFile;
    }

    /** The settings that change the outcome, as written. */
    @Input
    public Map<String, Object> getSettings() {
        Map<String, Object> values = new TreeMap<>();
        values.put("includes", new ArrayList<>(settings.getIncludes()));
        values.put("excludes", new ArrayList<>(settings.getExcludes()));
        values.put("failOn", settings.getFailOn());
        values.put("severities", new TreeMap<>(settings.getSeverities()));
        values.put("formats", new ArrayList<>(settings.getFormats()));
        values.put("allowEmpty", settings.isAllowEmpty());
        return values;
    }

    /** The git revision of a pre-merge check. */
    @Input
    @Optional
    public String getNewSince() {
        return settings.isPreMerge() ? settings.getNewSince().trim() : null;
    }

    /** MailGuard's version: a new one may judge differently. */
    @Input
    public String getMailGuardVersion() {
        return Product.version();
    }

    /** Today (UTC): exceptions and suppressions expire. */
    @Input
    public String getToday() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    /** Where the reports go. */
    @OutputDirectory
    public File getOutputDirectory() {
        return settings.getOutputDirectory();
    }

    /** Runs the check. */
    @TaskAction
    public void check() {
        Set<ReportFormat> formats = formats();
        Path outputDirectory = getOutputDirectory().toPath();
        CheckResult result;
        List<Path> written;
        try {
            result = new MailGuard().check(request());
            removeOtherReports(formats, outputDirectory);
            written = Reports.write(result, formats, outputDirectory, projectDirectory.toPath());
            GithubJobSummary.append(result, projectDirectory.toPath(), System.getenv());
        } catch (UsageException e) {
            throw new InvalidUserDataException(e.getMessage(), e);
        } catch (InvalidSettingException e) {
            throw new InvalidUserDataException(e.describe(e.setting() == Setting.POLICY_PACKS
                    ? "the mailguardPolicies configuration" : "mailguard { policies }"), e);
        } catch (IOException e) {
            throw new GradleException("cannot write the reports to " + outputDirectory + ": " + e.getMessage(), e);
        }
        print(result, written);
        if (result.failed()) {
            throw new GradleException(String.format(
                    "MailGuard found %d finding(s) at or above failOn=%s; fix them (see the lines above) or configure mailguard { severities }",
                    result.failures().size(), result.failOn().label()));
        }
    }

    /** The check the settings describe. */
    private CheckRequest request() {
        boolean exists = settings.getSourceDirectory().exists();
        List<Path> files = exists
                ? SourceFiles.find(settings.getSourceDirectory().toPath(), settings.getIncludes(), settings.getExcludes())
                : List.of();
        if (files.isEmpty() && !settings.isAllowEmpty()) {
            throw new InvalidUserDataException("mailguard: " + (exists
                    ? "no file under " + getSourcePath() + " matches the includes " + settings.getIncludes()
                    : getSourcePath() + " does not exist")
                    + "; point mailguard { sourceDirectory } at the configuration, "
                    + "or set mailguard { allowEmpty = true } where there is none yet");
        }
        FailOn failOn = FailOn.parse(settings.getFailOn()).orElseThrow(() -> new InvalidUserDataException(
                "mailguard { failOn } must be error, warning, info or never, not '" + settings.getFailOn() + "'"));
        SeverityOverrides severities;
        try {
            severities = SeverityOverrides.parse(settings.getSeverities());
        } catch (IllegalArgumentException e) {
            throw new InvalidUserDataException("mailguard { severities }: " + e.getMessage(), e);
        }
        File suppressions = settings.getSuppressions();
        File baseline = settings.getBaseline();
        CheckRequest.NewSince newSince = settings.isPreMerge() ? new CheckRequest.NewSince(getNewSince(),
                List.of(settings.getSourceDirectory().toPath()), settings.getIncludes(), settings.getExcludes()) : null;
        Policies policies = PolicyFiles.read(projectDirectory.toPath(),
                settings.getPolicies().stream().map(File::toPath).toList(),
                policyPacks.getFiles().stream().map(File::toPath).toList(), LoadLimits.DEFAULT);
        return new CheckRequest(projectDirectory.toPath(), files, failOn, severities, LocalDate.parse(getToday()),
                LoadLimits.DEFAULT, new CheckRequest.Accepted(suppressions.isFile() ? suppressions.toPath() : null,
                        baseline.isFile() ? baseline.toPath() : null, newSince), true, policies);
    }

    private Set<ReportFormat> formats() {
        try {
            return ReportFormat.parse(String.join(",", settings.getFormats()));
        } catch (IllegalArgumentException e) {
            throw new InvalidUserDataException("mailguard { formats }: " + e.getMessage(), e);
        }
    }

    /** Reports of an earlier run in a format no longer asked for would look current; they go. */
    private static void removeOtherReports(Set<ReportFormat> formats, Path outputDirectory) throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            if (!formats.contains(format)) {
                Files.deleteIfExists(outputDirectory.resolve(format.fileName()));
            }
        }
    }

    private void print(CheckResult result, List<Path> written) {
        for (Finding finding : result.findings()) {
            if (finding.counts()) {
                String line = ConsoleReport.line(finding);
                switch (finding.severity()) {
                    case ERROR -> getLogger().error(line);
                    case WARNING -> getLogger().warn(line);
                    case INFO -> getLogger().lifecycle(line);
                }
            }
        }
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            ConsoleReport.githubAnnotations(result).forEach(getLogger()::lifecycle);
        }
        getLogger().lifecycle(ConsoleReport.summary(result));
        ConsoleReport.notes(result).forEach(getLogger()::warn);
        for (Path report : written) {
            getLogger().lifecycle("MailGuard report: " + relative(report.toFile()));
        }
    }

    private static List<File> existing(File file) {
        return file != null && file.isFile() ? List.of(file) : List.of();
    }

    private String relative(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path project = projectDirectory.toPath().toAbsolutePath().normalize();
        return (path.startsWith(project) ? project.relativize(path) : path).toString().replace('\\', '/');
    }
}
