package io.mailguard.model;

import io.mailguard.Location;
import io.mailguard.exchange.AcceptAnyRecipient;
import io.mailguard.exchange.ConnectorRole;
import io.mailguard.model.SmtpEndpoint.Fact;
import io.mailguard.model.SmtpEndpoint.Kind;
import io.mailguard.model.SmtpEndpoint.RelayGrant;
import io.mailguard.model.SmtpEndpoint.Undecided;
import io.mailguard.postfix.Restriction;
import io.mailguard.postfix.SmtpdAnalysis;
import io.mailguard.postfix.Word;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Lowers each product's objects to {@link SmtpEndpoint}s: what their settings mean for who may connect,
 * relay and send passwords, whatever the product calls them.
 */
final class Lowering {

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
            } else if (Principals.isOneOf(principal, Principals.UNAUTHENTICATED)) {
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
        if (!AcceptAnyRecipient.deniedToAnonymous(permissions)) {
            for (int i : AcceptAnyRecipient.anonymousGrants(permissions)) {
                String user = permissions.get(i).user();
                relay.add(new RelayGrant("adPermissions/" + i, "adPermissions[" + user + "]",
                        lead + "anonymous senders hold ms-Exch-SMTP-Accept-Any-Recipient (adPermissions grants it to "
                                + user + ")" + reach, fix + " (Remove-ADPermission)", scope, "remoteIPRanges", null));
            }
        }
        if (AcceptAnyRecipient.externallySecured(connector.permissionGroups(), connector.authMechanism())) {
            int externallySecured = indexOf(connector.authMechanism(), "ExternalAuthoritative");
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
     * A Postfix {@code smtpd} service: who may relay as Postfix decides it at {@code RCPT TO}, whether an
     * unauthenticated client gets mail for our domains accepted, whether SASL runs without TLS; each fact at
     * the {@code main.cf}/{@code master.cf} place that establishes it (the service's own line for a default).
     */
    static SmtpEndpoint postfixService(Server server, Source source, PostfixService service, Fact<Role> role,
            Map<List<Word>, RelayGrant> scopes) {
        SmtpdAnalysis analysis = service.analysis();
        Location line = service.at();
        SmtpdAnalysis.RelayVerdict verdict = analysis.relay();
        List<RelayGrant> relay = new ArrayList<>(2);
        if (verdict.kind() == SmtpdAnalysis.RelayKind.OPEN && verdict.scope().everyClient()) {
            relay.add(openRelay(verdict, line));
        }
        List<Word> ranges = verdict.scope().ranges();
        if (!ranges.isEmpty()) {
            RelayGrant scope = scopes.get(ranges);
            if (scope == null) {
                scope = scopeGrant(ranges, verdict.scope().addresses(), line);
                if (located(ranges)) { // a range without a place of its own stands at this service's line
                    scopes.put(ranges, scope);
                }
            }
            relay.add(scope);
        }
        SmtpdAnalysis.Access local = analysis.anonymousLocalMail();
        Restriction decided = local.decidedBy();
        String list = decided == null ? "smtpd_recipient_restrictions" : decided.list();
        Location decidedAt = decided == null ? line : placeOr(decided.at(), line);
        Fact<Boolean> anonymous = switch (local.outcome()) {
            case ACCEPTED -> analysis.tlsRequired() != null && role.value().is(Role.INTERNET_BRIDGEHEAD)
                    ? new Fact<>(Value.of(false), "", "smtpd_tls_security_level", analysis.tlsRequired())
                    : new Fact<>(Value.of(true), "", list, decidedAt);
            case REFUSED -> new Fact<>(Value.of(false), "", list, decidedAt);
            case UNKNOWN -> undecided(local, list, decidedAt, line);
        };
        Location sasl = analysis.saslWithoutTls();
        Fact<Boolean> passwords = new Fact<>(Value.of(sasl != null), "", "smtpd_sasl_auth_enable", placeOr(sasl, line));
        return new SmtpEndpoint(source, service.name(), server, Kind.POSTFIX_SERVICE, role, anonymous, List.copyOf(relay),
                passwords, null, false);
    }

    // the rare cases stand in methods of their own: the common one compiles small, and early, for every service

    private static RelayGrant openRelay(SmtpdAnalysis.RelayVerdict verdict, Location line) {
        Restriction by = verdict.decidedBy();
        return new RelayGrant("", by == null ? "smtpd_relay_restrictions" : by.list(),
                "is an open relay: " + verdict.explanation(),
                "put reject_unauth_destination before anything that permits strangers, e.g. postconf -e"
                        + " 'smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated,"
                        + " reject_unauth_destination' (or that -o override on the service's master.cf line)",
                null, null, null, null, by == null ? line : placeOr(by.at(), line), null);
    }

    private static Fact<Boolean> undecided(SmtpdAnalysis.Access local, String list, Location decidedAt, Location line) {
        return local.undecidable().isEmpty()
                ? new Fact<>(Value.invalid(list), "", list, decidedAt)
                : new Fact<>(Value.invalid(local.undecidable().get(0).text()), "", list,
                        placeOr(local.undecidable().get(0).at(), line));
    }

    /**
     * The grant of a relay scope. Its ranges and their places are all it depends on, so the services of a server
     * that take main.cf's {@code mynetworks} share one (kept in {@code scopes} by list), unless a range has no place
     * and so stands at the service's own line.
     */
    private static RelayGrant scopeGrant(List<Word> ranges, List<Address> scope, Location line) {
        return new RelayGrant("", "mynetworks", "its relay scope",
                "permit_mynetworks (or an OK in check_client_access) lets these clients through before the relay"
                        + " guard; list only your own hosts: postconf -e 'mynetworks = 127.0.0.0/8 [::1]/128 <the hosts"
                        + " that must relay>'",
                scope, "mynetworks", null, RelayScope.judgeAddresses(scope), placeOr(ranges.get(0).at(), line),
                new RangePlaces(ranges, line));
    }

    /**
     * Where each range of a scope is written (the service's line for one without a place), found when a finding
     * asks: the model of a fleet keeps no location per range for the many scopes no rule reports.
     */
    private static final class RangePlaces extends AbstractList<Location> implements RandomAccess {

        private final List<Word> ranges;
        private final Location line;

        RangePlaces(List<Word> ranges, Location line) {
            this.ranges = ranges;
            this.line = line;
        }

        @Override
        public Location get(int index) {
            return placeOr(ranges.get(index).at(), line);
        }

        @Override
        public int size() {
            return ranges.size();
        }
    }

    private static boolean located(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).located()) {
                return false;
            }
        }
        return true;
    }

    private static Location placeOr(Location at, Location fallback) {
        return at != null ? at : fallback;
    }

    /** The role written, or the one Exchange's default connectors' names give (SPEC §8; {@link ConnectorRole#infer}). */
    private static Fact<Role> role(Server server, ReceiveConnector connector, boolean anonymousRelay) {
        if (!connector.role().isAbsent()) {
            return new Fact<>(connector.role(), "role", "role");
        }
        Product product = server.product().value();
        ConnectorRole inferred = ConnectorRole.infer(product == null ? null : product.written(), connector.name(),
                connector.transportRole().value(), anonymousRelay);
        return new Fact<>(Value.of(Role.valueOf(inferred.name())), "name", "role");
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
