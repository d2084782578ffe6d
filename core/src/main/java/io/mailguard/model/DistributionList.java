package io.mailguard.model;

import java.util.List;

/**
 * A distribution list.
 *
 * @param acceptMessagesFrom {@code anyone}, {@code authenticated-users} or {@code listed-senders}
 */
public record DistributionList(Source source, String name, boolean internalOnly, String acceptMessagesFrom, List<String> senders) {

    /** True when the list accepts mail only from some senders. */
    public boolean restrictsSenders() {
        return !"anyone".equals(acceptMessagesFrom);
    }
}
