package io.mailguard.policy;

import io.mailguard.Location;
import io.mailguard.model.AcceptedDomain;
import io.mailguard.model.Address;
import io.mailguard.model.AdPermission;
import io.mailguard.model.AnonymousAccessException;
import io.mailguard.model.Binding;
import io.mailguard.model.Connector;
import io.mailguard.model.DistributionList;
import io.mailguard.model.ReceiveConnector;
import io.mailguard.model.PostfixServer;
import io.mailguard.model.PostfixService;
import io.mailguard.model.Role;
import io.mailguard.model.Server;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.SmtpVirtualServer;
import io.mailguard.model.Source;
import io.mailguard.model.Topology;
import io.mailguard.model.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The objects of a topology as CEL values: maps keyed as the schema keys them, holding what the file
 * wrote, with MailGuard's defaults filled in where the file is silent ({@code role: unspecified},
 * {@code smallBusinessServer: false}, {@code relay.allowAuthenticatedComputers: true}, {@code requireTLS: false},
 * {@code deny: false}, {@code domainType: Authoritative}) and a receive connector's effective role, inferred
 * where not written. A value the file holds but that is not valid for its key stays as the text written, so
 * a policy that reads it fails to evaluate instead of passing. Absent values stay absent ({@code has()}).
 * The values are made on one thread, then read by many.
 */
final class PolicyValues {

    /**
     * One object to judge.
     *
     * @param self the object's value
     * @param server its server's value, or {@code null}
     * @param locate where a path below it is declared ({@code ""}: the object itself)
     * @param name its name in findings, {@code EXCH01/Default SMTP Virtual Server}
     */
    record Judged(Map<String, Object> self, Map<String, Object> server, Function<String, Location> locate, String name) {
    }

    private final Topology topology;
    /** Each object's value, made once: a server's value holds those of its virtual servers and connectors. */
    private final Map<Object, Map<String, Object>> made = new IdentityHashMap<>();
    private final Map<Source, SmtpEndpoint> endpoints;

    /** Values of the topology's objects; {@code endpoints} are its endpoints by their source. */
    PolicyValues(Topology topology, Map<Source, SmtpEndpoint> endpoints) {
        this.topology = topology;
        this.endpoints = endpoints;
    }

    /** The topology's endpoints by their source, for the receive connectors' effective roles. */
    static Map<Source, SmtpEndpoint> endpoints(Topology topology) {
        Map<Source, SmtpEndpoint> endpoints = new IdentityHashMap<>();
        topology.endpoints().forEach(endpoint -> endpoints.put(endpoint.source(), endpoint));
        return endpoints;
    }

    /**
     * The objects of one kind on one server: a server itself, its virtual servers or its receive connectors.
     * Judged server by server, the values of one server can go before the next is made.
     */
    List<Judged> of(PolicyTarget target, Server server) {
        List<Judged> judged = new ArrayList<>();
        switch (target) {
            case SERVER -> judged.add(new Judged(server(server), null, server.source()::location, server.name()));
            case SMTP_VIRTUAL_SERVER -> server.virtualServers().forEach(vs ->
                    judged.add(new Judged(virtualServer(vs), server(server), vs.source()::location, vs.objectName())));
            case RECEIVE_CONNECTOR -> server.receiveConnectors().forEach(rc ->
                    judged.add(new Judged(receiveConnector(rc), server(server), rc.source()::location, rc.objectName())));
            default -> throw new IllegalArgumentException(target + " is not judged server by server");
        }
        return judged;
    }

    /** The objects of one kind that are not judged server by server. */
    List<Judged> of(PolicyTarget target) {
        List<Judged> judged = new ArrayList<>();
        switch (target) {
            case SERVER, SMTP_VIRTUAL_SERVER, RECEIVE_CONNECTOR -> topology.servers().forEach(server ->
                    judged.addAll(of(target, server)));
            case CONNECTOR -> topology.connectors().forEach(connector ->
                    judged.add(new Judged(connector(connector), null, connector.source()::location, connector.name())));
            case DISTRIBUTION_LIST -> topology.distributionLists().forEach(list ->
                    judged.add(new Judged(distributionList(list), null, list.source()::location, list.name())));
            case ACCEPTED_DOMAIN -> topology.acceptedDomains().forEach(domain ->
                    judged.add(new Judged(acceptedDomain(domain), null, domain.source()::location, domain.name())));
            case POSTFIX_SERVICE -> {
                Map<Source, Server> bySource = new IdentityHashMap<>();
                topology.servers().forEach(server -> bySource.put(server.source(), server));
                for (PostfixServer postfix : topology.postfixServers()) {
                    Server server = bySource.get(postfix.source());
                    // a service has its master.cf line, or its YAML entry, and no finer places
                    postfix.services().forEach(service -> judged.add(new Judged(postfixService(service),
                            server == null ? Map.of("name", postfix.name()) : server(server), path -> service.at(), service.name())));
                }
            }
        }
        return judged;
    }

    private Map<String, Object> server(Server server) {
        Map<String, Object> known = made.get(server);
        if (known != null) {
            return known;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        made.put(server, value);
        value.put("name", server.name());
        put(value, "product", server.product().value() == null ? Value.invalid(server.product().invalid())
                : Value.of(server.product().value().written()));
        put(value, "smallBusinessServer", server.smallBusinessServer().orDefault(false));
        put(value, "mailboxes", server.mailboxes());
        if (!server.virtualServers().isEmpty()) {
            value.put("smtpVirtualServers", server.virtualServers().stream().map(this::virtualServer).toList());
        }
        if (!server.receiveConnectors().isEmpty()) {
            value.put("receiveConnectors", server.receiveConnectors().stream().map(this::receiveConnector).toList());
        }
        return value;
    }

    private Map<String, Object> virtualServer(SmtpVirtualServer vs) {
        Map<String, Object> known = made.get(vs);
        if (known != null) {
            return known;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        made.put(vs, value);
        value.put("name", vs.name());
        put(value, "role", role(vs.role()));
        List<Object> bindings = new ArrayList<>();
        for (Binding binding : vs.bindings()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("address", binding.address().written());
            if (binding.port() != null) {
                entry.put("port", binding.port().longValue());
            }
            bindings.add(entry);
        }
        value.put("bindings", bindings);
        Map<String, Object> authentication = new LinkedHashMap<>();
        put(authentication, "anonymous", vs.authentication().anonymous());
        put(authentication, "basic", vs.authentication().basic());
        put(authentication, "basicRequiresTls", vs.authentication().basicRequiresTls());
        put(authentication, "integratedWindows", vs.authentication().integratedWindows());
        value.put("authentication", authentication);
        Map<String, Object> relay = new LinkedHashMap<>();
        Value<Boolean> allExceptListed = vs.relay().allExceptListed();
        put(relay, "restriction", allExceptListed.value() == null ? Value.invalid(allExceptListed.invalid())
                : Value.of(allExceptListed.value() ? "all-except-listed" : "only-listed"));
        relay.put("hosts", written(vs.relay().hosts()));
        put(relay, "allowAuthenticatedComputers", vs.relay().allowAuthenticatedComputers().orDefault(true));
        value.put("relay", relay);
        Map<String, Object> permissions = new LinkedHashMap<>();
        putList(permissions, "submit", vs.permissions().submit());
        putList(permissions, "relay", vs.permissions().relay());
        value.put("permissions", permissions);
        exception(value, vs.anonymousAccessException());
        return value;
    }

    private Map<String, Object> receiveConnector(ReceiveConnector rc) {
        Map<String, Object> known = made.get(rc);
        if (known != null) {
            return known;
        }
        Map<String, Object> value = new LinkedHashMap<>();
        made.put(rc, value);
        value.put("name", rc.name());
        put(value, "transportRole", rc.transportRole());
        SmtpEndpoint endpoint = endpoints.get(rc.source());
        put(value, "role", role(endpoint != null ? endpoint.role().value() : rc.role()));
        putList(value, "bindings", rc.bindings());
        if (rc.remoteIPRanges() != null) {
            value.put("remoteIPRanges", written(rc.remoteIPRanges()));
        }
        putList(value, "permissionGroups", rc.permissionGroups());
        putList(value, "authMechanism", rc.authMechanism());
        put(value, "requireTLS", rc.requireTls().orDefault(false));
        List<Object> permissions = new ArrayList<>();
        for (AdPermission permission : rc.adPermissions()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (permission.user() != null) {
                entry.put("user", permission.user());
            }
            if (permission.sid() != null) {
                entry.put("sid", permission.sid());
            }
            putList(entry, "extendedRights", permission.extendedRights());
            put(entry, "deny", permission.denies().orDefault(false));
            permissions.add(entry);
        }
        value.put("adPermissions", permissions);
        exception(value, rc.anonymousAccessException());
        return value;
    }

    private static Map<String, Object> postfixService(PostfixService service) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("service", service.service());
        value.put("type", service.type());
        value.put("command", service.command());
        value.put("options", service.options());
        value.put("parameters", service.parameters());
        put(value, "role", role(service.role() == null ? Value.absent() : Value.of(service.role())));
        return value;
    }

    private static Map<String, Object> connector(Connector connector) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", connector.name());
        putList(value, "sourceVirtualServers", connector.sourceVirtualServers());
        putList(value, "addressSpaces", connector.addressSpaces());
        putList(value, "relayDomains", connector.relayDomains());
        return value;
    }

    private static Map<String, Object> distributionList(DistributionList list) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", list.name());
        put(value, "internalOnly", list.internalOnly());
        put(value, "acceptMessagesFrom", list.acceptMessagesFrom());
        putList(value, "senders", list.senders());
        return value;
    }

    private static Map<String, Object> acceptedDomain(AcceptedDomain domain) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", domain.name());
        put(value, "domainName", domain.domainName());
        put(value, "domainType", domain.domainType().orDefault("Authoritative"));
        return value;
    }

    private static void exception(Map<String, Object> value, AnonymousAccessException exception) {
        if (exception != null) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "reason", exception.reason());
            put(entry, "approvedBy", exception.approvedBy());
            put(entry, "expires", exception.expires().value() == null ? Value.invalid(exception.expires().invalid())
                    : Value.of(exception.expires().value().toString()));
            value.put("anonymousAccessException", entry);
        }
    }

    /** A role in the schema's words; {@code imap-pop} reads as {@code client-submission}, the same concept. */
    private static Value<String> role(Value<Role> role) {
        return role.value() == null ? (role.isAbsent() ? Value.of("unspecified") : Value.invalid(role.invalid()))
                : Value.of(role.value().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static List<String> written(List<Address> addresses) {
        return addresses.stream().map(Address::written).toList();
    }

    /** Puts a value: known as itself (integers as CEL's 64-bit ints), invalid as the text written, absent not at all. */
    private static void put(Map<String, Object> value, String key, Value<?> property) {
        if (property.value() != null) {
            value.put(key, property.value() instanceof Integer number ? (Object) number.longValue() : property.value());
        } else if (property.isInvalid()) {
            value.put(key, property.invalid());
        }
    }

    private static void putList(Map<String, Object> value, String key, List<String> texts) {
        if (texts != null) {
            value.put(key, texts.stream().filter(Objects::nonNull).toList());
        }
    }
}
