package io.mailguard.suppress;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.RuleDescriptor;
import io.mailguard.Suppression;
import io.mailguard.SuppressionRules;
import io.mailguard.rules.RuleCatalogue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks suppressions from any source the same way: a reason is required, rule ids must exist, an
 * expiry must be a date, and past it the suppression is MG010 and no longer honoured.
 */
final class WaiverParser {

    private final LocalDate today;
    final List<Waiver> waivers = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    private final Predicate<String> off;
    private final Function<String, Optional<RuleDescriptor>> policies;

    WaiverParser(LocalDate today, Predicate<String> off, Function<String, Optional<RuleDescriptor>> policies) {
        this.today = today;
        this.off = off;
        this.policies = policies;
    }

    void add(Suppression.Kind kind, List<String> ruleIds, Waiver.Scope scope, String reason, String expires, Location at) {
        Set<String> rules = new LinkedHashSet<>();
        for (String id : ruleIds) {
            Optional<RuleDescriptor> rule = RuleCatalogue.find(id).or(() -> policies.apply(id));
            if (rule.isEmpty()) {
                invalid(at, "this suppression names the unknown rule " + id + "; `mailguard rules` lists them");
                return;
            }
            rules.add(rule.get().id());
        }
        if (reason == null || reason.isBlank()) {
            invalid(at, "this suppression of " + String.join(", ", rules)
                    + " has no reason, so it is not honoured; add reason=\"why this is acceptable\"");
            return;
        }
        LocalDate expiry = null;
        if (expires != null) {
            try {
                expiry = LocalDate.parse(expires);
            } catch (DateTimeParseException e) {
                invalid(at, "this suppression's expiry `" + expires + "` is not a date; write expires=YYYY-MM-DD");
                return;
            }
            if (expiry.isBefore(today) && !rules.stream().allMatch(off)) {
                findings.add(Finding.inFile(RuleCatalogue.find("MG010").orElseThrow(), at, String.format(
                        "this suppression of %s expired on %s and no longer applies; fix the findings or renew it with a new date",
                        String.join(", ", rules), expiry)));
                return;
            }
        }
        waivers.add(new Waiver(kind, rules, scope, reason, expiry, at));
    }

    void invalid(Location at, String message) {
        findings.add(Finding.inFile(SuppressionRules.INVALID, at, message));
    }

    /** A warning for every waiver that matched no finding. */
    void reportUnused() {
        for (Waiver waiver : waivers) {
            if (!waiver.used && !waiver.rules.stream().allMatch(off)) {
                findings.add(Finding.inFile(SuppressionRules.UNUSED, waiver.location, String.format(
                        "this suppression of %s matches no finding; remove it", String.join(", ", waiver.rules))));
            }
        }
    }
}
