package io.mailguard.suppress;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Suppression;
import io.mailguard.load.IgnoreComment;
import io.mailguard.load.YamlLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The suppression step: marks findings covered by an ignore comment, the suppression file or the
 * baseline, and reports suppressions that are broken, expired or unused.
 */
public final class SuppressionStep {

    /**
     * The findings with suppressions applied, plus the suppressions' own findings.
     *
     * @param staleBaselineEntries entries of the baseline file that no finding matched any more
     */
    public record Outcome(List<Finding> findings, int staleBaselineEntries) {
    }

    private SuppressionStep() {
    }

    /**
     * @param suppressionFile the suppression file, or {@code null}
     * @param suppressionFileName its name as findings show it
     * @param baselines baselines to match, in order (a baseline file, the revision of {@code newSince})
     * @param off the rules the user turned off: their suppressions are neither unused nor expired
     */
    public static Outcome apply(List<Finding> findings, List<IgnoreComment.InFile> ignoreComments, Path suppressionFile,
            String suppressionFileName, List<Baseline> baselines, LocalDate today, YamlLoader loader, Predicate<String> off) {
        return apply(findings, ignoreComments, suppressionFile, suppressionFileName, baselines, today, loader, off,
                id -> Optional.empty());
    }

    /**
     * As above, where suppressions may also name the team's policies.
     *
     * @param policies the policy with an id, besides MailGuard's own rules
     */
    public static Outcome apply(List<Finding> findings, List<IgnoreComment.InFile> ignoreComments, Path suppressionFile,
            String suppressionFileName, List<Baseline> baselines, LocalDate today, YamlLoader loader, Predicate<String> off,
            Function<String, Optional<RuleDescriptor>> policies) {
        WaiverParser parser = new WaiverParser(today, off, policies);
        ignoreComments.forEach(file -> InlineSuppressions.read(file, parser));
        if (suppressionFile != null) {
            SuppressionFile.read(suppressionFile, suppressionFileName, loader, parser);
        }
        List<Finding> result = new ArrayList<>(findings.size());
        List<Set<String>> matched = new ArrayList<>();
        baselines.forEach(baseline -> matched.add(new HashSet<>()));
        for (Finding finding : findings) {
            result.add(suppress(finding, parser.waivers, baselines, matched));
        }
        parser.reportUnused();
        // the suppressions' own findings can be baselined too, but not suppressed by a suppression
        for (Finding finding : parser.findings) {
            result.add(suppress(finding, List.of(), baselines, matched));
        }
        int stale = 0;
        for (int i = 0; i < baselines.size(); i++) {
            if (baselines.get(i).written()) {
                stale += baselines.get(i).size() - matched.get(i).size();
            }
        }
        return new Outcome(result, stale);
    }

    private static Finding suppress(Finding finding, List<Waiver> waivers, List<Baseline> baselines, List<Set<String>> matched) {
        for (Waiver waiver : waivers) {
            if (waiver.covers(finding)) {
                waiver.used = true;
                return finding.suppressedBy(new Suppression(waiver.kind, waiver.reason));
            }
        }
        for (int i = 0; i < baselines.size(); i++) {
            Baseline baseline = baselines.get(i);
            if (baseline.contains(finding)) {
                matched.get(i).add(finding.fingerprint());
                return finding.suppressedBy(new Suppression(Suppression.Kind.BASELINE, baseline.justification()));
            }
        }
        return finding;
    }
}
