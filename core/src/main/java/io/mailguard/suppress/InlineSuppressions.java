package io.mailguard.suppress;

import io.mailguard.Location;
import io.mailguard.Suppression;
import io.mailguard.load.IgnoreComment;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code # mailguard:ignore MG014 reason="…" expires=YYYY-MM-DD} comments. */
final class InlineSuppressions {

    /** A rule id ({@code MG014}, {@code mg014}) or a policy id ({@code ACME001}). */
    private static final String ID = "[A-Za-z]{2}\\d{3}|[A-Z][A-Z0-9]{2,15}";
    private static final Pattern IDS = Pattern.compile("^((?:" + ID + ")(?:\\s*,\\s*" + ID + ")*)(.*)$");
    private static final Pattern REASON = Pattern.compile("reason\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Pattern EXPIRES = Pattern.compile("expires\\s*=\\s*(\\S+)");

    private InlineSuppressions() {
    }

    /** Adds each comment of the document as a waiver, or a finding saying why it is not honoured. */
    static void read(IgnoreComment.InFile document, WaiverParser parser) {
        for (IgnoreComment comment : document.comments()) {
            Location at = new Location(document.file(), comment.line(), comment.column(), "");
            Matcher ids = IDS.matcher(comment.text());
            if (!ids.matches()) {
                parser.invalid(at, "this ignore comment names no rule; write `# mailguard:ignore MG014 reason=\"…\"`");
                continue;
            }
            String attributes = ids.group(2);
            Matcher reason = REASON.matcher(attributes);
            Matcher expires = EXPIRES.matcher(attributes);
            parser.add(Suppression.Kind.IN_SOURCE, List.of(ids.group(1).split("\\s*,\\s*")),
                    Waiver.lines(document.file(), comment.line(), comment.ownLine()),
                    reason.find() ? (reason.group(1) != null ? reason.group(1) : reason.group(2)) : null,
                    expires.find() ? expires.group(1) : null, at);
        }
    }
}
