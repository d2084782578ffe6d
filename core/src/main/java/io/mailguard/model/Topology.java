package io.mailguard.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one organization declares, across all of its files.
 *
 * @param files the organization's files, as findings name them
 * @param accountPolicies every {@code accountPolicy} section (normally one)
 */
public record Topology(
        String organization,
        List<String> files,
        List<AccountPolicy> accountPolicies,
        List<Server> servers,
        List<Connector> connectors,
        List<DistributionList> distributionLists) {

    /** Every virtual server of every server. */
    public Stream<SmtpVirtualServer> virtualServers() {
        return servers.stream().flatMap(server -> server.virtualServers().stream());
    }

    /** True when some account policy disables the guest account and none enables it. */
    public boolean guestDisabled() {
        return !accountPolicies.isEmpty() && accountPolicies.stream().allMatch(AccountPolicy::guestDisabled);
    }

    /** True when some account policy enables the guest account. */
    public boolean guestEnabled() {
        return accountPolicies.stream().anyMatch(policy -> Boolean.TRUE.equals(policy.guestEnabled()));
    }
}
