package io.mailguard.model;

import java.util.List;

/**
 * A distribution list.
 *
 * @param internalOnly absent means false
 * @param acceptMessagesFrom {@code anyone}, {@code authenticated-users} or {@code listed-senders}; absent means anyone
 */
public record DistributionList(Source source, String name, Value<Boolean> internalOnly, Value<String> acceptMessagesFrom,
        List<String> senders) {
}
