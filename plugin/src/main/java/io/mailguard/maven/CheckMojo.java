package io.mailguard.maven;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Severity;
import io.mailguard.UsageException;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.check.SourceFiles;
import io.mailguard.load.LoadLimits;
import io.mailguard.report.ConsoleReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the mail-server configuration under {@code sourceDirectory} against the MailGuard schema
 * and security rules, and fails the build on findings at or above {@code failOn}.
 *
 * @since 1.0.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * Skips the check.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The folder that holds the configuration files.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.sourceDirectory", defaultValue = "${project.basedir}/src/main/mail")
    private File sourceDirectory;

    /**
     * Globs of the files to check, relative to {@code sourceDirectory}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.includes", defaultValue = "**/*.yaml,**/*.yml")
    private List<String> includes;

    /**
     * Globs of files not to check, relative to {@code sourceDirectory}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.excludes")
    private List<String> excludes;

    /**
     * The least severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Severity per rule id, or {@code off}: {@code <MG014>warning</MG014>}.
     *
     * @since 1.0.0
     */
    @Parameter
    private Map<String, String> severities;

    /**
     * The largest configuration file read, in bytes; larger files are refused (MG107).
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.maxFileSize", defaultValue = "4194304")
    private long maxFileSize;

    /**
     * Where the reports and the record of the last successful check are written.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.outputDirectory", defaultValue = "${project.build.directory}/mailguard")
    private File outputDirectory;

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

    /** The project's base directory; findings name files relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("MailGuard is skipped (mailguard.skip).");
            return;
        }
        CheckRequest request = request();
        CheckStamp stamp = stamp(request);
        if (stamp != null && unchanged(stamp)) {
            getLog().info("MailGuard: nothing changed since the last successful check of " + request.files().size()
                    + " files; skipping it (-Dmailguard.incremental=false checks again).");
            return;
        }
        CheckResult result;
        try {
            result = new MailGuard().check(request);
        } catch (UsageException | IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        for (Finding finding : result.findings()) {
            if (finding.counts()) {
                log(finding.severity(), ConsoleReport.line(finding));
            }
        }
        getLog().info(ConsoleReport.summary(result));
        record(stamp, !result.failed());
        if (result.failed()) {
            throw new MojoFailureException(String.format(
                    "MailGuard found %d finding(s) at or above failOn=%s; fix them (see the lines above) or configure <severities>",
                    result.failures().size(), result.failOn().label()));
        }
    }

    private CheckRequest request() throws MojoExecutionException {
        FailOn threshold = FailOn.parse(failOn).orElseThrow(() -> new MojoExecutionException(
                "<failOn> must be error, warning, info or never, not '" + failOn + "'"));
        if (sourceDirectory.isFile()) {
            throw new MojoExecutionException("<sourceDirectory> " + sourceDirectory
                    + " is a file; point it at the folder that holds the configuration files");
        }
        try {
            List<Path> files = SourceFiles.find(sourceDirectory.toPath(), orEmpty(includes), orEmpty(excludes));
            return new CheckRequest(baseDirectory.toPath(), files, threshold,
                    SeverityOverrides.parse(severities == null ? Map.of() : severities),
                    LocalDate.now(ZoneOffset.UTC), LoadLimits.DEFAULT.withMaxFileBytes(maxFileSize));
        } catch (UsageException | IllegalArgumentException e) {
            throw new MojoExecutionException("<sourceDirectory> " + e.getMessage()
                    + (sourceDirectory.exists() ? "" : "; in a module without mail configuration, set <skip>true</skip>"), e);
        }
    }

    /** What an incremental build compares: every setting that changes the outcome, then the files. */
    private CheckStamp stamp(CheckRequest request) throws MojoExecutionException {
        if (!incremental) {
            return null;
        }
        List<String> settings = List.of(pluginVersion, String.valueOf(request.today()), failOn,
                String.valueOf(new TreeMap<>(severities == null ? Map.of() : severities)),
                String.valueOf(includes), String.valueOf(excludes), String.valueOf(maxFileSize),
                sourceDirectory.getAbsolutePath());
        try {
            return CheckStamp.of(outputDirectory.toPath().resolve("check.stamp"), settings, request.files());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the configuration files: " + e.getMessage(), e);
        }
    }

    private static boolean unchanged(CheckStamp stamp) {
        try {
            return stamp.unchanged();
        } catch (IOException e) {
            return false;
        }
    }

    private void record(CheckStamp stamp, boolean passed) throws MojoExecutionException {
        if (stamp == null) {
            return;
        }
        try {
            if (passed) {
                stamp.save();
            } else {
                stamp.forget();
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private void log(Severity severity, String line) {
        switch (severity) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
