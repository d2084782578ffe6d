package io.mailguard;

/**
 * The settings a user gives a check. Core names a bad setting by this value; each front end words it
 * in its own syntax ({@code <failOn>} in Maven, {@code --fail-on} on the command line).
 */
public enum Setting {
    /** The files or folders to check. */
    SOURCES,
    /** Globs of the files to check. */
    INCLUDES,
    /** Globs of the files not to check. */
    EXCLUDES,
    /** The least severity that fails the check. */
    FAIL_ON,
    /** Severity per rule. */
    SEVERITIES,
    /** The suppression file. */
    SUPPRESSIONS,
    /** The baseline file. */
    BASELINE,
    /** The git revision of pre-merge mode. */
    NEW_SINCE,
    /** The largest file read. */
    MAX_FILE_SIZE,
    /** The reports to write. */
    FORMATS,
    /** Where the reports go. */
    OUTPUT_DIRECTORY,
    /** Policy files or folders of policy files. */
    POLICIES,
    /** Jars holding policy packs. */
    POLICY_PACKS
}
