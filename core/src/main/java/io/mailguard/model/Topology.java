package io.mailguard.model;

import io.mailguard.Location;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything one organization declares, across all of its files, errors or not.
 *
 * @param files the organization's files, as findings name them
 * @param accountPolicies every {@code accountPolicy} section; they merge into one policy
 * @param endpoints every virtual server, receive connector and Postfix {@code smtpd} service, lowered to what the
 *     product-neutral rules judge
 * @param postfixServers every server of {@code product: postfix}, with its configuration
 * @param smtpdServices the {@code inet} {@code smtpd} services of those servers, each with its analysis, in order:
 *     what the Postfix rules judge, gathered once for all of them
 */
public record Topology(
        String organization,
        List<String> files,
        List<AccountPolicy> accountPolicies,
        List<Server> servers,
        List<Connector> connectors,
        List<DistributionList> distributionLists,
        List<AcceptedDomain> acceptedDomains,
        List<SmtpEndpoint> endpoints,
        List<PostfixServer> postfixServers,
        List<PostfixService> smtpdServices) {

    /** The properties of the account policy, by their path below {@code accountPolicy}. */
    public static final Map<String, Function<AccountPolicy, Value<?>>> ACCOUNT_POLICY = Map.of(
            "guestAccount", AccountPolicy::guestEnabled,
            "passwordPolicy/minimumLength", policy -> password(policy, PasswordPolicy::minimumLength),
            "passwordPolicy/complexity", policy -> password(policy, PasswordPolicy::complexity),
            "passwordPolicy/maximumAgeDays", policy -> password(policy, PasswordPolicy::maximumAgeDays),
            "passwordPolicy/lockoutThreshold", policy -> password(policy, PasswordPolicy::lockoutThreshold));

    /**
     * A property of the organization's account policy: the first section that declares it, or absent.
     *
     * @param source the section that declares it, or {@code null} when none does
     * @param path its path below {@code accountPolicy}
     */
    public record PolicySetting<T>(Value<T> value, Source source, String path) {

        /** Where it is declared. */
        public Location location() {
            return source.location(path);
        }

        /** Its name as the user writes it: {@code accountPolicy.passwordPolicy.complexity}. */
        public String property() {
            return "accountPolicy." + path.replace('/', '.');
        }
    }

    /** Every virtual server of every server. */
    public Stream<SmtpVirtualServer> virtualServers() {
        return servers.stream().flatMap(server -> server.virtualServers().stream());
    }

    /** Whether the guest account is enabled ({@code true}) or disabled ({@code false}). */
    @SuppressWarnings("unchecked")
    public PolicySetting<Boolean> guestEnabled() {
        return (PolicySetting<Boolean>) policySetting("guestAccount");
    }

    /** The password policy's minimum length. */
    @SuppressWarnings("unchecked")
    public PolicySetting<Integer> minimumPasswordLength() {
        return (PolicySetting<Integer>) policySetting("passwordPolicy/minimumLength");
    }

    /** Whether the password policy requires complex passwords. */
    @SuppressWarnings("unchecked")
    public PolicySetting<Boolean> passwordComplexity() {
        return (PolicySetting<Boolean>) policySetting("passwordPolicy/complexity");
    }

    /** True when some section declares a password policy. */
    public boolean hasPasswordPolicy() {
        return accountPolicies.stream().anyMatch(policy -> policy.passwordPolicy() != null);
    }

    private PolicySetting<?> policySetting(String path) {
        Function<AccountPolicy, Value<?>> read = ACCOUNT_POLICY.get(path);
        for (AccountPolicy policy : accountPolicies) {
            Value<?> value = read.apply(policy);
            if (!value.isAbsent()) {
                return new PolicySetting<>(value, policy.source(), path);
            }
        }
        return new PolicySetting<>(Value.absent(), null, path);
    }

    private static Value<?> password(AccountPolicy policy, Function<PasswordPolicy, Value<?>> read) {
        return policy.passwordPolicy() == null ? Value.absent() : read.apply(policy.passwordPolicy());
    }
}
