package io.mailguard;

import java.util.List;
import java.util.Map;

/**
 * What one check found.
 *
 * @param findings every finding, sorted by file, line, column and rule; suppressed ones included
 * @param files the files checked, as the findings name them, sorted
 * @param servers the servers declared in valid files
 * @param virtualServers the SMTP virtual servers declared in valid files
 * @param failOn the threshold the check was run with
 * @param staleBaselineEntries entries of the baseline that no finding matches any more
 * @param sourceLines for files with findings that count, the lines around them as they were judged;
 *     reports show these and never read a file themselves
 * @param receiveConnectors the Exchange receive connectors declared
 * @param postfixServices the Postfix {@code smtpd} services judged
 */
public record CheckResult(List<Finding> findings, List<String> files, int servers, int virtualServers, FailOn failOn,
        int staleBaselineEntries, Map<String, SourceLines> sourceLines, int receiveConnectors, int postfixServices) {

    public CheckResult {
        sourceLines = Map.copyOf(sourceLines);
    }

    public CheckResult(List<Finding> findings, List<String> files, int servers, int virtualServers, FailOn failOn,
            int staleBaselineEntries, Map<String, SourceLines> sourceLines) {
        this(findings, files, servers, virtualServers, failOn, staleBaselineEntries, sourceLines, 0, 0);
    }

    public CheckResult(List<Finding> findings, List<String> files, int servers, int virtualServers, FailOn failOn,
            int staleBaselineEntries) {
        this(findings, files, servers, virtualServers, failOn, staleBaselineEntries, Map.of());
    }

    public CheckResult(List<Finding> findings, List<String> files, int servers, int virtualServers, FailOn failOn) {
        this(findings, files, servers, virtualServers, failOn, 0);
    }

    /** The judged lines of {@code file} around its findings; none when they were not kept. */
    public SourceLines sourceLines(String file) {
        return sourceLines.getOrDefault(file, SourceLines.NONE);
    }

    /** The findings that count (not suppressed) at this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.counts() && f.severity() == severity).count();
    }

    /** The findings a suppression or the baseline covers. */
    public long suppressed() {
        return findings.stream().filter(f -> !f.counts()).count();
    }

    /** The findings that fail the check: counting, at or above {@code failOn}. */
    public List<Finding> failures() {
        return findings.stream().filter(this::fails).toList();
    }

    /** True when this finding fails the check: it counts and is at or above {@code failOn}. */
    public boolean fails(Finding finding) {
        return finding.counts() && failOn.fails(finding.severity());
    }

    /** True when the check fails. */
    public boolean failed() {
        return !failures().isEmpty();
    }
}
