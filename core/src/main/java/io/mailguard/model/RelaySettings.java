package io.mailguard.model;

import java.util.List;

/**
 * The relay restrictions of a virtual server.
 *
 * @param allListedExcluded {@code restriction: all-except-listed}: every host may relay but those listed
 * @param hosts the listed addresses and CIDR ranges
 * @param allowAuthenticatedComputers whether any computer that authenticates may relay (Exchange's default: true)
 */
public record RelaySettings(boolean allListedExcluded, List<Address> hosts, boolean allowAuthenticatedComputers) {
}
