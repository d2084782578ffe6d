package io.mailguard.check;

import io.mailguard.FailOn;
import io.mailguard.load.LoadLimits;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One check to run.
 *
 * @param projectDir the directory paths in findings are relative to
 * @param files the files to check
 * @param failOn the least severity that fails the check
 * @param severities per-rule severity configuration
 * @param today the date expiry is measured against
 * @param limits what the loader accepts
 */
public record CheckRequest(
        Path projectDir,
        List<Path> files,
        FailOn failOn,
        SeverityOverrides severities,
        LocalDate today,
        LoadLimits limits) {
}
