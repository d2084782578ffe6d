package io.mailguard.check;

import io.mailguard.FailOn;
import io.mailguard.load.LoadLimits;
import io.mailguard.policy.Policies;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One check to run.
 *
 * @param projectDir the directory paths in findings are relative to
 * @param files the files to check
 * @param failOn the least severity that fails the check
 * @param severities per-rule severity configuration
 * @param today the date expiry is measured against
 * @param limits what the loader accepts
 * @param accepted the suppression file, the baseline and the revision to compare with
 * @param fastPaths whether the quick block-style reader and the quick schema conformance check may
 *     answer for the files they can; off, every file goes through SnakeYAML Engine and Everit
 * @param policies the team's policies from outside the checked files (settings, the project's
 *     {@code mailguard-policies.yaml}, packs); policy files among {@code files} add theirs
 */
public record CheckRequest(
        Path projectDir,
        List<Path> files,
        FailOn failOn,
        SeverityOverrides severities,
        LocalDate today,
        LoadLimits limits,
        Accepted accepted,
        boolean fastPaths,
        Policies policies) {

    /** A check without policies beyond those among its files. */
    public CheckRequest(Path projectDir, List<Path> files, FailOn failOn, SeverityOverrides severities, LocalDate today,
            LoadLimits limits, Accepted accepted, boolean fastPaths) {
        this(projectDir, files, failOn, severities, today, limits, accepted, fastPaths, Policies.NONE);
    }

    /** A check with the fast paths on. */
    public CheckRequest(Path projectDir, List<Path> files, FailOn failOn, SeverityOverrides severities, LocalDate today,
            LoadLimits limits, Accepted accepted) {
        this(projectDir, files, failOn, severities, today, limits, accepted, true);
    }

    /** A check without suppression file, baseline or revision. */
    public CheckRequest(Path projectDir, List<Path> files, FailOn failOn, SeverityOverrides severities, LocalDate today,
            LoadLimits limits) {
        this(projectDir, files, failOn, severities, today, limits, Accepted.NONE);
    }

    /**
     * What the team has accepted.
     *
     * @param suppressionFile the suppression file, or {@code null}
     * @param baseline the baseline file, or {@code null}
     * @param newSince the revision whose findings are accepted, or {@code null}
     */
    public record Accepted(Path suppressionFile, Path baseline, NewSince newSince) {
        public static final Accepted NONE = new Accepted(null, null, null);
    }

    /**
     * Pre-merge mode: only findings that the source set did not have at {@code revision} count.
     *
     * @param roots the source directories (or files) as in the working tree
     */
    public record NewSince(String revision, List<Path> roots, List<String> includes, List<String> excludes) {
    }
}
