package io.mailguard.model;

import io.mailguard.model.SmtpEndpoint.Fact;
import io.mailguard.model.SmtpEndpoint.Kind;
import io.mailguard.model.SmtpEndpoint.RelayGrant;
import io.mailguard.model.SmtpEndpoint.Undecided;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lowers each product's objects to {@link SmtpEndpoint}s: what their settings mean for who may connect,
 * relay and send passwords, whatever the product calls them.
 */
final class Lowering {

    /** The relay right of Exchange 2007 and later: "send to any recipient". */
    static final String ACCEPT_ANY_RECIPIENT = "ms-exch-smtp-accept-any-recipient";

    /** The names of Exchange's default receive connectors, before the server's name. */
    private static final List<String> DEFAULT_CONNECTORS = List.of(
            "Default Frontend ", "Client Frontend ", "Client Proxy ", "Outbound Proxy Frontend ", "Default ");

    private Lowering() {
    }

    static SmtpEndpoint virtualServer(Server server, SmtpVirtualServer vs) {
        String name = vs.objectName();
        List<RelayGrant> relay = new ArrayList<>();
        Value<Boolean> allExceptListed = vs.relay().allExceptListed();
        if (allExceptListed.isInvalid()) {
            relay.add(undecided("relay/restriction", "relay.restriction", new Undecided(
                    "whether " + name + " lets every host relay", allExceptListed.invalid(), "only-listed or all-except-listed")));
        } else if (allExceptListed.is(true)) {
            relay.add(new RelayGrant("relay/restriction", "relay.restriction",
                    "lets every host relay except those listed (restriction: all-except-listed)",
                    "set relay.restriction: only-listed and list only the hosts that must relay", null, null, null));
        } else {
            relay.add(new RelayGrant("relay/hosts", "relay.hosts", "its relay.hosts",
                    "list only the hosts that must relay", vs.relay().hosts(), "relay/hosts", null));
        }
        List<String> principals = vs.permissions().relay();
        for (int i = 0; principals != null && i < principals.size(); i++) {
            String principal = principals.get(i);
            if (principal == null) {
                relay.add(undecided("permissions/relay/" + i, "permissions.relay", new Undecided(
                        "whether " + name + " grants Relay permission to anyone", "entry " + (i + 1) + " of the list",
                        "a principal's name")));
            } else if (Principals.UNAUTHENTICATED.contains(Principals.normalize(principal))) {
                relay.add(new RelayGrant("permissions/relay/" + i, "permissions.relay[" + principal + "]",
                        "grants Relay permission to " + principal + ", so anyone can relay",
                        "remove it and grant Relay only to named groups", null, null, null));
            }
        }
        Authentication auth = vs.authentication();
        Fact<Boolean> passwords;
        if (auth.basic().isInvalid()) {
            passwords = new Fact<>(Value.invalid(auth.basic().invalid()), "authentication/basic", "authentication.basic");
        } else if (auth.basic().is(true) && auth.basicRequiresTls().isInvalid()) {
            passwords = new Fact<>(Value.invalid(auth.basicRequiresTls().invalid()), "authentication/basicRequiresTls",
                    "authentication.basicRequiresTls");
        } else {
            passwords = new Fact<>(Value.of(auth.basic().is(true) && !auth.basicRequiresTls().is(true)),
                    "authentication/basic", "authentication.basic");
        }
        return new SmtpEndpoint(vs.source(), name, server, Kind.VIRTUAL_SERVER,
                new Fact<>(vs.role(), "role", "role"),
                new Fact<>(auth.anonymous(), "authentication/anonymous", "authentication.anonymous"),
                List.copyOf(relay), passwords, vs.anonymousAccessException(), false);
    }

    static SmtpEndpoint receiveConnector(Server server, ReceiveConnector connector) {
        String name = connector.objectName();
        List<RelayGrant> relay = new ArrayList<>();
        List<Address> scope = connector.remoteIPRanges();
        // with a scope: "… lets strangers relay: <cause> (<ranges>) <judgement>"; without: "… <cause>"
        String reach = scope == null ? " and remoteIPRanges is not set, so every address may connect" : " and its remoteIPRanges";
        String lead = scope == null ? "lets anonymous senders relay from anywhere: " : "";
        String fix = "limit remoteIPRanges to the hosts that must relay on a dedicated connector, or take the right back";
        List<AdPermission> permissions = connector.adPermissions();
        boolean denied = permissions.stream().anyMatch(p -> p.deny().is(true) && anonymous(p.user()) && grantsRelay(p));
        for (int i = 0; i < permissions.size(); i++) {
            AdPermission permission = permissions.get(i);
            if (!denied && !permission.deny().is(true) && anonymous(permission.user()) && grantsRelay(permission)) {
                relay.add(new RelayGrant("adPermissions/" + i, "adPermissions[" + permission.user() + "]",
                        lead + "anonymous senders hold ms-Exch-SMTP-Accept-Any-Recipient (adPermissions grants it to "
                                + permission.user() + ")" + reach, fix + " (Remove-ADPermission)", scope, "remoteIPRanges", null));
            }
        }
        int externallySecured = indexOf(connector.authMechanism(), "ExternalAuthoritative");
        if (externallySecured >= 0 && indexOf(connector.permissionGroups(), "ExchangeServers") >= 0) {
            relay.add(new RelayGrant("authMechanism/" + externallySecured, "authMechanism[ExternalAuthoritative]",
                    lead + "every sender counts as an Exchange server and may relay (ExternalAuthoritative with "
                            + "ExchangeServers)" + reach, fix + " (remove ExternalAuthoritative)", scope, "remoteIPRanges", null));
        }
        int anonymousGroup = indexOf(connector.permissionGroups(), "AnonymousUsers");
        Fact<Boolean> anonymous = connector.permissionGroups() == null
                ? new Fact<>(Value.absent(), "permissionGroups", "permissionGroups")
                : anonymousGroup >= 0 ? new Fact<>(Value.of(true), "permissionGroups/" + anonymousGroup, "permissionGroups")
                : connector.permissionGroups().contains(null)
                        ? new Fact<>(Value.invalid("an entry that is not a name"), "permissionGroups", "permissionGroups")
                        : new Fact<>(Value.of(false), "permissionGroups", "permissionGroups");
        int basic = indexOf(connector.authMechanism(), "BasicAuth");
        Fact<Boolean> passwords = connector.requireTls().isInvalid() && basic >= 0
                ? new Fact<>(Value.invalid(connector.requireTls().invalid()), "requireTLS", "requireTLS")
                : new Fact<>(Value.of(basic >= 0 && indexOf(connector.authMechanism(), "BasicAuthRequireTLS") < 0
                        && !connector.requireTls().is(true)), basic >= 0 ? "authMechanism/" + basic : "authMechanism", "authMechanism");
        return new SmtpEndpoint(connector.source(), name, server, Kind.RECEIVE_CONNECTOR,
                role(server, connector, !relay.isEmpty()), anonymous, List.copyOf(relay), passwords,
                connector.anonymousAccessException(), DEFAULT_CONNECTORS.stream().anyMatch(connector.name()::startsWith));
    }

    /**
     * The role written, or on Exchange 2013 and later the one the default connectors' names and transport
     * role give (SPEC §8); a custom connector that lets anonymous senders relay is an application relay.
     */
    private static Fact<Role> role(Server server, ReceiveConnector connector, boolean anonymousRelay) {
        if (!connector.role().isAbsent()) {
            return new Fact<>(connector.role(), "role", "role");
        }
        if (server.product().value() == null || !server.product().value().infersConnectorRoles()) {
            return new Fact<>(Value.of(Role.UNSPECIFIED), "name", "role");
        }
        String name = connector.name();
        boolean hub = connector.transportRole().is("HubTransport");
        Role role = name.startsWith("Default Frontend ") ? Role.INTERNET_BRIDGEHEAD
                : name.startsWith("Client Frontend ") || name.startsWith("Client Proxy ") ? Role.CLIENT_SUBMISSION
                : name.startsWith("Outbound Proxy Frontend ") || (hub && name.startsWith("Default ")) ? Role.INTERNAL
                : anonymousRelay ? Role.APPLICATION_RELAY : Role.UNSPECIFIED;
        return new Fact<>(Value.of(role), "name", "role");
    }

    private static boolean anonymous(String user) {
        return user != null && Principals.UNAUTHENTICATED.contains(Principals.normalize(user));
    }

    private static boolean grantsRelay(AdPermission permission) {
        return permission.extendedRights().stream()
                .anyMatch(right -> right != null && right.trim().toLowerCase(Locale.ROOT).equals(ACCEPT_ANY_RECIPIENT));
    }

    /** The index of {@code wanted} in a list of Exchange enum values (case as Exchange ignores it), or -1. */
    private static int indexOf(List<String> values, String wanted) {
        for (int i = 0; values != null && i < values.size(); i++) {
            if (wanted.equalsIgnoreCase(values.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static RelayGrant undecided(String path, String property, Undecided undecided) {
        return new RelayGrant(path, property, "", "", null, null, undecided);
    }
}
