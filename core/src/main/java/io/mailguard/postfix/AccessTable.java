package io.mailguard.postfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An access table MailGuard can read from the configuration itself: {@code static:ACTION} (every lookup
 * answers ACTION) or {@code inline:{ key=action, … }}. Any other table type lives outside the
 * configuration ({@code hash:/etc/postfix/access}, a database), so its answers are unknown.
 *
 * @param everything the answer to every lookup ({@code static:}), or empty
 * @param entries the {@code inline:} entries, in order
 */
record AccessTable(Optional<String> everything, List<Entry> entries) {

    /** One {@code key=action} entry; the key in lower case. */
    record Entry(String key, String action) {
    }

    /** The table named {@code text}, or empty when it is not one MailGuard can read. */
    static Optional<AccessTable> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("static:")) {
            String action = text.substring("static:".length()).trim();
            if (action.startsWith("{") && action.endsWith("}")) {
                action = action.substring(1, action.length() - 1).trim();
            }
            return Optional.of(new AccessTable(Optional.of(action), List.of()));
        }
        if (!lower.startsWith("inline:{") || !text.endsWith("}")) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        String body = text.substring("inline:{".length(), text.length() - 1);
        for (Word item : Lists.split(PositionedText.unlocated(body))) {
            String entry = item.text();
            if (entry.startsWith("{") && entry.endsWith("}")) {
                entry = entry.substring(1, entry.length() - 1).trim();
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                return Optional.empty();
            }
            entries.add(new Entry(entry.substring(0, equals).trim().toLowerCase(Locale.ROOT),
                    entry.substring(equals + 1).trim()));
        }
        return Optional.of(new AccessTable(Optional.empty(), List.copyOf(entries)));
    }

    /** The action for the first of {@code keys} (in Postfix's lookup order) that the table holds. */
    Optional<String> lookup(List<String> keys) {
        if (everything.isPresent()) {
            return everything;
        }
        for (String key : keys) {
            for (Entry entry : entries) {
                if (entry.key().equals(key.toLowerCase(Locale.ROOT))) {
                    return Optional.of(entry.action());
                }
            }
        }
        return Optional.empty();
    }

    /** What an access table's action does to the request. */
    enum Effect {
        /** {@code OK}, or an all-numerical result. */
        PERMIT,
        /** {@code REJECT}, {@code DEFER}, {@code DEFER_IF_PERMIT}, a 4xx or 5xx reply. */
        REFUSE,
        /** {@code DUNNO}, or an action that does not decide ({@code WARN}, {@code INFO}, {@code PREPEND} …). */
        NONE,
        /** A restriction or class name, {@code DISCARD}, anything else MailGuard does not follow. */
        UNKNOWN
    }

    /** What {@code action} does, as {@code access(5)} describes it. */
    static Effect effect(String action) {
        String word = action.trim().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (word.equals("OK") || word.matches("\\d+")) {
            return Effect.PERMIT;
        }
        if (word.equals("REJECT") || word.equals("DEFER") || word.equals("DEFER_IF_PERMIT") || word.matches("[45]\\d\\d")
                || word.matches("[45]\\.\\d+\\.\\d+")) {
            return Effect.REFUSE;
        }
        if (List.of("DUNNO", "WARN", "INFO", "PREPEND", "HOLD", "FILTER", "REDIRECT", "BCC", "DEFER_IF_REJECT")
                .contains(word)) {
            return Effect.NONE;
        }
        return Effect.UNKNOWN;
    }
}
