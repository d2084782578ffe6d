package io.mailguard.gradle;

import io.mailguard.check.SourceFiles;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gradle.api.Project;

/**
 * The {@code mailguard { }} block: the settings of SPEC's table, named as in the Maven plugin.
 *
 * <pre>
 * mailguard {
 *     sourceDirectory = 'src/main/mail'
 *     failOn = 'warning'
 *     severities = [MG014: 'off']
 *     formats = ['sarif', 'html', 'codequality']
 *     policies = files('mail-policies')
 * }
 * dependencies {
 *     mailguardPolicies 'com.acme.mail:acme-mail-policies:1.4.0'   // a policy pack
 * }
 * </pre>
 */
public class MailGuardExtension {

    /** The reports written unless {@code formats} says otherwise: all four, as the Maven plugin writes. */
    public static final List<String> DEFAULT_FORMATS = List.of("sarif", "junit", "json", "html");

    private final Project project;
    private File sourceDirectory;
    private List<String> includes = new ArrayList<>(SourceFiles.DEFAULT_INCLUDES);
    private List<String> excludes = new ArrayList<>();
    private String failOn = "error";
    private Map<String, String> severities = new LinkedHashMap<>();
    private List<String> formats = new ArrayList<>(DEFAULT_FORMATS);
    private File outputDirectory;
    private File suppressions;
    private File baseline;
    private boolean allowEmpty;
    private String newSince;
    private List<File> policies = new ArrayList<>();

    /** The settings of {@code project}, with its defaults. */
    public MailGuardExtension(Project project) {
        this.project = project;
        this.sourceDirectory = project.file("src/main/mail");
        this.suppressions = project.file("mailguard-suppressions.yaml");
        this.baseline = project.file("mailguard-baseline.yaml");
    }

    /** The folder that holds the configuration files; default {@code src/main/mail}. */
    public File getSourceDirectory() {
        return sourceDirectory;
    }

    /** Sets the source folder: anything {@code project.file()} takes, relative to the project. */
    public void setSourceDirectory(Object path) {
        this.sourceDirectory = project.file(path);
    }

    /** Globs of the files to check, relative to {@code sourceDirectory}; by default every {@code .yaml} and {@code .yml} file. */
    public List<String> getIncludes() {
        return includes;
    }

    public void setIncludes(List<String> includes) {
        this.includes = new ArrayList<>(includes);
    }

    /** Globs of files not to check, relative to {@code sourceDirectory}. */
    public List<String> getExcludes() {
        return excludes;
    }

    public void setExcludes(List<String> excludes) {
        this.excludes = new ArrayList<>(excludes);
    }

    /** The least severity that fails the build: {@code error} (default), {@code warning}, {@code info} or {@code never}. */
    public String getFailOn() {
        return failOn;
    }

    public void setFailOn(String failOn) {
        this.failOn = failOn;
    }

    /** Severity per rule id, or {@code off}: {@code [MG014: 'warning']}. */
    public Map<String, String> getSeverities() {
        return severities;
    }

    public void setSeverities(Map<String, String> severities) {
        this.severities = new LinkedHashMap<>(severities);
    }

    /** The reports to write: {@code sarif}, {@code junit}, {@code json}, {@code html}, {@code codequality}; empty for none. */
    public List<String> getFormats() {
        return formats;
    }

    public void setFormats(List<String> formats) {
        this.formats = new ArrayList<>(formats);
    }

    /** Where the reports go; default {@code build/mailguard}. */
    public File getOutputDirectory() {
        return outputDirectory != null ? outputDirectory
                : new File(project.getLayout().getBuildDirectory().get().getAsFile(), "mailguard");
    }

    /** Sets the report folder: anything {@code project.file()} takes. */
    public void setOutputDirectory(Object path) {
        this.outputDirectory = project.file(path);
    }

    /** The suppression file, used when it exists; default {@code mailguard-suppressions.yaml}. */
    public File getSuppressions() {
        return suppressions;
    }

    public void setSuppressions(Object path) {
        this.suppressions = project.file(path);
    }

    /** The baseline file, used when it exists; default {@code mailguard-baseline.yaml}. */
    public File getBaseline() {
        return baseline;
    }

    public void setBaseline(Object path) {
        this.baseline = project.file(path);
    }

    /** True when a source set without any file passes; by default it is an error. */
    public boolean isAllowEmpty() {
        return allowEmpty;
    }

    public void setAllowEmpty(boolean allowEmpty) {
        this.allowEmpty = allowEmpty;
    }

    /** Pre-merge mode: a git revision ({@code origin/main}); only findings new since then fail the build. */
    public String getNewSince() {
        return newSince;
    }

    public void setNewSince(String newSince) {
        this.newSince = newSince;
    }

    /**
     * Policy files, or folders of policy files, besides those among the sources and the project's
     * {@code mailguard-policies.yaml}; policy packs go in the {@code mailguardPolicies} configuration.
     */
    public List<File> getPolicies() {
        return policies;
    }

    /** Sets the policy files and folders: anything {@code project.files()} takes. */
    public void setPolicies(Object paths) {
        this.policies = new ArrayList<>(project.files(paths).getFiles());
    }

    boolean isPreMerge() {
        return newSince != null && !newSince.isBlank();
    }
}
