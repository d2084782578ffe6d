package io.mailguard.maven;

import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import io.mailguard.UsageException;
import io.mailguard.check.NothingToCheckException;
import io.mailguard.check.Settings;
import io.mailguard.report.Inert;
import io.mailguard.report.ReportWriteException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
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

    /**
     * Passes when there is no file to check; otherwise finding none is an error, since checking
     * nothing is not passing.
     *
     * @since 2.0.0
     */
    @Parameter(property = "mailguard.allowEmpty", defaultValue = "false")
    protected boolean allowEmpty;

    /**
     * The quick paths (the block-style reader and the quick schema check); {@code false} reads every
     * file with SnakeYAML Engine and validates it with Everit, for a user who suspects them.
     *
     * @since 2.0.0
     */
    @Parameter(property = "mailguard.fastPaths", defaultValue = "true")
    protected boolean fastPaths;

    /**
     * Policy files, or folders of policy files, that judge the configuration besides those among the
     * sources and the project's {@code mailguard-policies.yaml}. Policy packs are jars added as
     * dependencies of this plugin.
     *
     * @since 2.0.0
     */
    @Parameter(property = "mailguard.policies")
    protected List<File> policies;

    /** This plugin, whose declared dependencies are the policy packs. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /** The project's base directory; findings name files relative to it, and MailGuard reads nothing outside it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File baseDirectory;

    /** The settings the parameters describe; the goal adds its own (baseline, revision). */
    protected Settings settings() throws MojoExecutionException {
        if (sourceDirectory.isFile()) {
            throw new MojoExecutionException("<sourceDirectory> " + sourceDirectory
                    + " is a file; point it at the folder that holds the configuration files");
        }
        if (!sourceDirectory.exists() && !java.nio.file.Files.isSymbolicLink(sourceDirectory.toPath())) {
            throw new MojoExecutionException("<sourceDirectory> " + sourceDirectory
                    + " does not exist; in a module without mail configuration, set <skip>true</skip>");
        }
        return new Settings(baseDirectory.toPath(), LocalDate.now(ZoneOffset.UTC))
                .sources(List.of(sourceDirectory.toPath()))
                .includes(orEmpty(includes))
                .excludes(orEmpty(excludes))
                .failOn(failOn)
                .severities(severities)
                .suppressions(suppressions == null ? null : suppressions.toPath(), false)
                .maxFileSize(maxFileSize)
                .allowEmpty(allowEmpty)
                .fastPaths(fastPaths)
                .policies(policyFiles())
                .policyPacks(policyPacks());
    }

    /** The {@code policies} parameter's files and folders. */
    protected List<Path> policyFiles() {
        return policies == null ? List.of() : policies.stream().map(File::toPath).toList();
    }

    /** The jars of the dependencies declared on this plugin in the POM: the policy packs. */
    protected List<Path> policyPacks() {
        if (plugin == null || plugin.getPlugin() == null || plugin.getArtifacts() == null) {
            return List.of();
        }
        Set<String> declared = plugin.getPlugin().getDependencies().stream()
                .map(dependency -> dependency.getGroupId() + ":" + dependency.getArtifactId())
                .collect(Collectors.toSet());
        return plugin.getArtifacts().stream()
                .filter(artifact -> declared.contains(artifact.getGroupId() + ":" + artifact.getArtifactId()))
                .filter(artifact -> artifact.getFile() != null && artifact.getFile().getName().endsWith(".jar"))
                .map(artifact -> artifact.getFile().toPath())
                .toList();
    }

    /** Whether {@code mailguard.skip} is set; says so in the build's log when it is. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("MailGuard is skipped (mailguard.skip).");
        }
        return skip;
    }

    /**
     * Runs {@code work} and turns what core reports into Maven's terms: a bad setting or input into a
     * {@link MojoExecutionException} worded with the parameter's name; anything else is a bug in
     * MailGuard, said so (Maven prints the stack trace under {@code -e}).
     */
    protected <T> T inMavenTerms(Work<T> work) throws MojoExecutionException, MojoFailureException {
        try {
            return work.run();
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException(Inert.consoleLine(e.describe(parameter(e.setting()))), e);
        } catch (NothingToCheckException e) {
            throw new MojoExecutionException("MailGuard found no file to check in <sourceDirectory> " + sourceDirectory
                    + " (includes " + (includes == null ? "**/*.yaml,**/*.yml" : String.join(",", includes))
                    + "); checking nothing is not passing: point <sourceDirectory> at the configuration, or set"
                    + " <allowEmpty>true</allowEmpty> (-Dmailguard.allowEmpty) if an empty check is intended", e);
        } catch (UsageException | UncheckedIOException e) {
            throw new MojoExecutionException(Inert.consoleLine(e.getMessage()), e);
        } catch (ReportWriteException e) {
            throw new MojoExecutionException(Inert.consoleLine(e.getMessage())
                    + "; the findings are in the log above", e);
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (RuntimeException | IOException | OutOfMemoryError | StackOverflowError e) {
            throw new MojoExecutionException("MailGuard internal error (" + Inert.visible(String.valueOf(e))
                    + "); this is a bug in MailGuard, please report it with the output of mvn -e"
                    + (e instanceof OutOfMemoryError ? "; it ran out of memory: give Maven more heap (MAVEN_OPTS=-Xmx…)" : ""), e);
        }
    }

    /** Work that may fail as core fails. */
    @FunctionalInterface
    protected interface Work<T> {
        T run() throws IOException, MojoExecutionException, MojoFailureException;
    }

    /** How Maven names a setting: its parameter. */
    static String parameter(Setting setting) {
        return switch (setting) {
            case SOURCES -> "<sourceDirectory>";
            case INCLUDES -> "<includes>";
            case EXCLUDES -> "<excludes>";
            case FAIL_ON -> "<failOn>";
            case SEVERITIES -> "<severities>";
            case SUPPRESSIONS -> "<suppressions>";
            case BASELINE -> "<baseline>";
            case NEW_SINCE -> "<newSince>";
            case MAX_FILE_SIZE -> "<maxFileSize>";
            case FORMATS -> "<formats>";
            case OUTPUT_DIRECTORY -> "<outputDirectory>";
            case POLICIES -> "<policies>";
            case POLICY_PACKS -> "the plugin's dependencies";
        };
    }

    protected static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
