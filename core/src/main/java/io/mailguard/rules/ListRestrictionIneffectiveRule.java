package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Product;
import io.mailguard.model.Role;
import io.mailguard.model.Topology;
import java.util.List;

/**
 * MG013: sender restrictions on distribution lists work only where an Exchange 2003 server accepts the
 * Internet mail; any file of the organization may declare that bridgehead.
 */
final class ListRestrictionIneffectiveRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG013", "list-restriction-ineffective",
            Severity.WARNING,
            "A distribution list restricts senders, but no Exchange Server 2003 server of the organization is an Internet bridgehead.",
            "Restricted distribution lists … only function on the bridgehead servers or SMTP gateway servers "
                    + "running Exchange Server 2003.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        // a server whose product or role cannot be read may be the bridgehead: no claim that there is none
        boolean enforced = topology.servers().stream()
                .filter(server -> server.product().is(Product.EXCHANGE_2003) || server.product().isInvalid())
                .flatMap(server -> server.virtualServers().stream())
                .anyMatch(vs -> vs.is(Role.INTERNET_BRIDGEHEAD) || vs.role().isInvalid());
        if (enforced) {
            return List.of();
        }
        return topology.distributionLists().stream()
                .filter(list -> list.acceptMessagesFrom().value() != null && !list.acceptMessagesFrom().is("anyone"))
                .map(list -> Findings.of(DESCRIPTOR, topology, list.name(), list.source().location("acceptMessagesFrom"),
                        "acceptMessagesFrom", String.format("distribution list %s accepts messages only from %s, but "
                                + "organization %s has no Exchange Server 2003 Internet bridgehead to enforce it; accept "
                                + "Internet mail on an exchange-2003 server with role: internet-bridgehead",
                                list.name(), list.acceptMessagesFrom().value(), topology.organization())))
                .toList();
    }
}
