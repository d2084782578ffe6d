package io.mailguard.rules;

import io.mailguard.RuleDescriptor;
import io.mailguard.Structural;
import io.mailguard.SuppressionRules;
import io.mailguard.model.Topology;
import io.mailguard.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every rule MailGuard has: the entry point of the rules step. */
public final class RuleCatalogue {

    private static final List<Rule> RULES = List.of(
            new DuplicateNameRule(),
            new UnknownReferenceRule(),
            new DuplicateBindingRule(),
            new BadAddressRule(),
            new OpenRelayRule(),
            new ConnectorRelayRule(),
            new AnonymousInternalRule(),
            new AnonymousImapPopRule(),
            new AnonymousUnspecifiedRoleRule(),
            new BridgeheadAnonymousDisabledRule(),
            new BridgeheadSubmissionsRestrictedRule(),
            new ExceptionWeakPasswordPolicyRule(),
            new ExceptionGuestEnabledRule(),
            new ExceptionExpiredRule(),
            new GuestAuthenticatedRelayRule(),
            new InternalListOpenRule(),
            new ListRestrictionIneffectiveRule(),
            new BroadSubmitRelayPermissionsRule(),
            new BasicAuthWithoutTlsRule(),
            new BroadRelayScopeRule(),
            new DefaultConnectorRelayRule(),
            new NoRelayGuardRule(),
            new MxBackupUnrestrictedRule(),
            new MynetworksStyleClassRule(),
            new RelayUndecidableRule(),
            new PostfixConfigSyntaxRule());

    private static final List<RuleDescriptor> DESCRIPTORS = Stream.of(
                    Structural.ALL.stream(), SuppressionRules.ALL.stream(), RULES.stream().map(Rule::descriptor))
            .flatMap(rules -> rules)
            .distinct()
            .sorted(Comparator.comparing(RuleDescriptor::id))
            .toList();

    private RuleCatalogue() {
    }

    /** The rules that judge a topology, each a class of its own. */
    static List<Rule> rules() {
        return RULES;
    }

    /** Every rule's descriptor, structural ones included, by id. */
    public static List<RuleDescriptor> descriptors() {
        return DESCRIPTORS;
    }

    /** The descriptor with this id, ignoring case. */
    public static Optional<RuleDescriptor> find(String id) {
        return DESCRIPTORS.stream().filter(rule -> rule.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** Runs every rule on one organization's topology, the rules in parallel; findings in catalogue order. */
    public static List<Finding> check(Topology topology, RuleContext context) {
        return RULES.parallelStream()
                .map(rule -> rule.check(topology, context))
                .flatMap(List::stream)
                .toList();
    }
}
