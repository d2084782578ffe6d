package io.mailguard.maven;

import io.mailguard.CheckResult;
import io.mailguard.Severity;
import io.mailguard.check.MailGuard;
import io.mailguard.check.Settings;
import io.mailguard.policy.PolicyFiles;
import io.mailguard.report.ConsoleReport;
import io.mailguard.report.GithubJobSummary;
import io.mailguard.report.ReportFormat;
import io.mailguard.report.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the mail-server configuration under {@code sourceDirectory} against the MailGuard schema
 * and security rules, writes the reports, and fails the build on findings at or above {@code failOn}.
 *
 * @since 1.0.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractMailGuardMojo {

    /**
     * The reports to write, comma-separated: {@code sarif}, {@code junit}, {@code json}, {@code html},
     * {@code codequality} (GitLab); empty for none.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.formats", defaultValue = "sarif,junit,json,html")
    private String formats;

    /**
     * Where the reports and the record of the last successful check are written.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.outputDirectory", defaultValue = "${project.build.directory}/mailguard")
    private File outputDirectory;

    /**
     * Pre-merge mode: a git revision ({@code origin/main}); only findings that the source set did not
     * have at that revision fail the build.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.newSince")
    private String newSince;

    /**
     * Skips the check when nothing it reads has changed since the last successful check: the files,
     * the configuration, the plugin version and the date.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.incremental", defaultValue = "true")
    private boolean incremental;

    /** The plugin's version, part of what an incremental build compares. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        long started = System.nanoTime();
        if (skipped()) {
            return;
        }
        inMavenTerms(() -> {
            check(started);
            return null;
        });
    }

    private void check(long started) throws IOException, MojoExecutionException, MojoFailureException {
        Set<ReportFormat> reports = ReportFormat.parse(formats == null ? "" : formats);
        Settings settings = settings()
                .baseline(baseline == null ? null : baseline.toPath(), false)
                .newSince(newSince);
        List<Path> files = settings.files();
        CheckStamp stamp = incremental && !settings.preMerge() ? stamp(settings, files, reports) : null;
        if (stamp != null && stamp.unchanged()) {
            getLog().info("MailGuard: nothing changed since the last successful check of " + files.size()
                    + " files; skipping it (-Dmailguard.incremental=false checks again).");
            getLog().debug(String.format("MailGuard: the incremental check took %.1f ms", (System.nanoTime() - started) / 1e6));
            return;
        }
        CheckResult result = new MailGuard().check(settings.request(files));
        // the findings first: a report that cannot be written must not lose them
        ConsoleReport.print(result, log(), false, "true".equals(System.getenv("GITHUB_ACTIONS")));
        for (Path report : Reports.write(result, reports, outputDirectory.toPath())) {
            getLog().info("MailGuard report: " + baseDirectory.toPath().toAbsolutePath().relativize(report.toAbsolutePath()));
        }
        GithubJobSummary.append(result, baseDirectory.toPath(), System.getenv());
        getLog().debug(String.format("MailGuard: the check took %.1f ms", (System.nanoTime() - started) / 1e6));
        if (stamp != null) {
            stamp.record(!result.failed());
        }
        if (result.failed()) {
            throw new MojoFailureException(String.format(
                    "MailGuard found %d finding(s) at or above failOn=%s; fix them (see the lines above) or configure <severities>",
                    result.failures().size(), result.failOn().label()));
        }
    }

    /** Console lines into Maven's log, each finding at its severity's level. */
    private ConsoleReport.Output log() {
        return new ConsoleReport.Output() {
            @Override
            public void finding(Severity severity, String line) {
                log(severity, line);
            }

            @Override
            public void info(String line) {
                getLog().info(line);
            }

            @Override
            public void warning(String line) {
                getLog().warn(line);
            }
        };
    }

    /**
     * What an incremental build compares: every setting that changes the outcome, then every file the
     * check reads (sources, suppressions, baseline). It is worked out before anything else, so that an
     * unchanged build costs only a look at the files.
     */
    private CheckStamp stamp(Settings settings, List<Path> files, Set<ReportFormat> reports) throws MojoExecutionException {
        List<String> stampSettings = List.of(pluginVersion, LocalDate.now(ZoneOffset.UTC).toString(), failOn,
                String.valueOf(new TreeMap<>(severities == null ? Map.of() : severities)),
                String.valueOf(includes), String.valueOf(excludes), String.valueOf(maxFileSize),
                sourceDirectory.getAbsolutePath(), String.valueOf(reports), "allowEmpty=" + allowEmpty,
                "fastPaths=" + fastPaths, outputDirectory.getAbsolutePath());
        List<Path> inputs = new ArrayList<>(files);
        if (settings.suppressionFile() != null) {
            inputs.add(settings.suppressionFile());
        }
        if (settings.baselineFile() != null) {
            inputs.add(settings.baselineFile());
        }
        inputs.addAll(PolicyFiles.inputs(baseDirectory.toPath(), policyFiles(), policyPacks()));
        List<Path> outputs = reports.stream().map(format -> outputDirectory.toPath().resolve(format.fileName())).toList();
        return CheckStamp.of(outputDirectory.toPath().resolve("check.stamp"), stampSettings, inputs, outputs);
    }

    private void log(Severity severity, String line) {
        switch (severity) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }
}
