package io.mailguard.maven;

import io.mailguard.FailOn;
import io.mailguard.UsageException;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.check.SourceFiles;
import io.mailguard.load.LoadLimits;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that read the configuration share: where it is, and how it is judged. */
abstract class AbstractMailGuardMojo extends AbstractMojo {

    /**
     * Skips MailGuard.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The folder that holds the configuration files.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.sourceDirectory", defaultValue = "${project.basedir}/src/main/mail")
    protected File sourceDirectory;

    /**
     * Globs of the files to check, relative to {@code sourceDirectory}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.includes", defaultValue = "**/*.yaml,**/*.yml")
    protected List<String> includes;

    /**
     * Globs of files not to check, relative to {@code sourceDirectory}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.excludes")
    protected List<String> excludes;

    /**
     * The least severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.failOn", defaultValue = "error")
    protected String failOn;

    /**
     * Severity per rule id, or {@code off}: {@code <MG014>warning</MG014>}.
     *
     * @since 1.0.0
     */
    @Parameter
    protected Map<String, String> severities;

    /**
     * The suppression file: entries of rule, target, reason and expiry. Used when the file exists.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.suppressions", defaultValue = "${project.basedir}/mailguard-suppressions.yaml")
    protected File suppressions;

    /**
     * The baseline file: findings accepted when it was written. The {@code baseline} goal writes it;
     * {@code check} uses it when the file exists.
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.baseline", defaultValue = "${project.basedir}/mailguard-baseline.yaml")
    protected File baseline;

    /**
     * The largest configuration file read, in bytes; larger files are refused (MG107).
     *
     * @since 1.0.0
     */
    @Parameter(property = "mailguard.maxFileSize", defaultValue = "4194304")
    protected long maxFileSize;

    /** The project's base directory; findings name files relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File baseDirectory;

    /** The files to check, as the source directory and globs select them. */
    protected List<Path> sourceFiles() throws MojoExecutionException {
        if (sourceDirectory.isFile()) {
            throw new MojoExecutionException("<sourceDirectory> " + sourceDirectory
                    + " is a file; point it at the folder that holds the configuration files");
        }
        try {
            return SourceFiles.find(sourceDirectory.toPath(), orEmpty(includes), orEmpty(excludes));
        } catch (UsageException e) {
            throw new MojoExecutionException("<sourceDirectory> " + e.getMessage()
                    + (sourceDirectory.exists() ? "" : "; in a module without mail configuration, set <skip>true</skip>"), e);
        }
    }

    /** The check the parameters describe; {@code accepted} says what it may suppress. */
    protected CheckRequest request(List<Path> files, CheckRequest.Accepted accepted) throws MojoExecutionException {
        FailOn threshold = FailOn.parse(failOn).orElseThrow(() -> new MojoExecutionException(
                "<failOn> must be error, warning, info or never, not '" + failOn + "'"));
        try {
            return new CheckRequest(baseDirectory.toPath(), files, threshold,
                    SeverityOverrides.parse(severities == null ? Map.of() : severities),
                    LocalDate.now(ZoneOffset.UTC), LoadLimits.DEFAULT.withMaxFileBytes(maxFileSize), accepted);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("<severities>: " + e.getMessage(), e);
        }
    }

    /** The suppression file when it exists. */
    protected Path suppressionFile() {
        return suppressions != null && suppressions.isFile() ? suppressions.toPath() : null;
    }

    protected static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
