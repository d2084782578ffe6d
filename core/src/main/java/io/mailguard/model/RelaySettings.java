package io.mailguard.model;

import java.util.List;

/**
 * The relay restrictions of a virtual server.
 *
 * @param allExceptListed {@code restriction: all-except-listed}: every host may relay but those listed
 *     (absent means {@code only-listed})
 * @param hosts the listed addresses and CIDR ranges; an entry that is not one has no range
 * @param allowAuthenticatedComputers whether any computer that authenticates may relay (absent means true, Exchange's default)
 */
public record RelaySettings(Value<Boolean> allExceptListed, List<Address> hosts, Value<Boolean> allowAuthenticatedComputers) {
}
