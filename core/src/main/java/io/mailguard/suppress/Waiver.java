package io.mailguard.suppress;

import io.mailguard.Finding;
import io.mailguard.Globs;
import io.mailguard.Location;
import io.mailguard.Suppression;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One honoured suppression, inline or from the suppression file, and whether it matched anything.
 *
 * It is mutable only in {@link #used}, which the suppression step sets when it matches.
 */
final class Waiver {

    /** Which findings a suppression covers, beyond its rule ids. */
    interface Scope {
        boolean covers(Finding finding);
    }

    final Suppression.Kind kind;
    final Set<String> rules;
    final Scope scope;
    final String reason;
    final LocalDate expires;
    final Location location;
    boolean used;

    Waiver(Suppression.Kind kind, Set<String> rules, Scope scope, String reason, LocalDate expires, Location location) {
        this.kind = kind;
        this.rules = rules;
        this.scope = scope;
        this.reason = reason;
        this.expires = expires;
        this.location = location;
    }

    boolean covers(Finding finding) {
        return rules.contains(finding.rule().id()) && scope.covers(finding);
    }

    /** Covers findings on a comment's own line, and for a comment alone on its line, on the line below. */
    static Scope lines(String file, int line, boolean alsoNext) {
        return finding -> finding.location().file().equals(file)
                && (finding.location().line() == line || (alsoNext && finding.location().line() == line + 1));
    }

    /** Covers an object by name ({@code EXCH02/Internal SMTP}, {@code EXCH02/*}) or files by glob. */
    static Scope target(String target) {
        Globs files = Globs.of(List.of(target));
        boolean prefix = target.endsWith("*");
        String stem = prefix ? target.substring(0, target.length() - 1) : target;
        return finding -> (!finding.object().isEmpty()
                && (prefix ? finding.object().startsWith(stem) : finding.object().equals(target)))
                || files.matches(finding.location().file());
    }
}
