package io.mailguard.model;

import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds typed topologies from schema-valid documents: one per organization, holding all of its
 * files. Types are guaranteed by the schema, so absent values take Exchange's defaults.
 */
public final class TopologyBuilder {

    private TopologyBuilder() {
    }

    /** One topology per organization, in organization order; files keep the order given. */
    public static List<Topology> build(List<YamlDocument> documents) {
        Map<String, Parts> byOrganization = new TreeMap<>();
        for (YamlDocument document : documents) {
            String organization = text(document.root(), "organization");
            byOrganization.computeIfAbsent(organization, key -> new Parts()).add(document);
        }
        List<Topology> topologies = new ArrayList<>();
        byOrganization.forEach((organization, parts) -> topologies.add(new Topology(organization,
                List.copyOf(parts.files), List.copyOf(parts.policies), List.copyOf(parts.servers),
                List.copyOf(parts.connectors), List.copyOf(parts.lists))));
        return topologies;
    }

    /** What one organization's files declare, gathered. */
    private static final class Parts {
        final List<YamlDocument> files = new ArrayList<>();
        final List<AccountPolicy> policies = new ArrayList<>();
        final List<Server> servers = new ArrayList<>();
        final List<Connector> connectors = new ArrayList<>();
        final List<DistributionList> lists = new ArrayList<>();

        void add(YamlDocument document) {
            files.add(document);
            YamlMapping root = document.root();
            Source top = new Source(document, "");
            if (root.get("accountPolicy") instanceof YamlMapping policy) {
                policies.add(accountPolicy(top.child("accountPolicy"), policy));
            }
            each(root, "servers", top, (source, server) -> servers.add(server(source, server)));
            each(root, "connectors", top, (source, connector) -> connectors.add(new Connector(source,
                    text(connector, "name"), strings(connector, "sourceVirtualServers"),
                    strings(connector, "addressSpaces"), strings(connector, "relayDomains"))));
            each(root, "distributionLists", top, (source, list) -> lists.add(new DistributionList(source,
                    text(list, "name"), flag(list, "internalOnly", false),
                    textOr(list, "acceptMessagesFrom", "anyone"), strings(list, "senders"))));
        }
    }

    private static AccountPolicy accountPolicy(Source source, YamlMapping policy) {
        String guest = text(policy, "guestAccount");
        PasswordPolicy passwords = null;
        if (policy.get("passwordPolicy") instanceof YamlMapping password) {
            passwords = new PasswordPolicy(source.child("passwordPolicy"), number(password, "minimumLength"),
                    bool(password, "complexity"), number(password, "maximumAgeDays"), number(password, "lockoutThreshold"));
        }
        return new AccountPolicy(source, guest == null ? null : guest.equals("enabled"), passwords);
    }

    private static Server server(Source source, YamlMapping server) {
        String name = text(server, "name");
        List<SmtpVirtualServer> virtualServers = new ArrayList<>();
        each(server, "smtpVirtualServers", source, (vsSource, vs) -> virtualServers.add(virtualServer(vsSource, name, vs)));
        String product = text(server, "product");
        return new Server(source, name,
                product == null ? null : Product.valueOf(product.replace('-', '_').toUpperCase(Locale.ROOT)),
                flag(server, "smallBusinessServer", false), number(server, "mailboxes"), List.copyOf(virtualServers));
    }

    private static SmtpVirtualServer virtualServer(Source source, String server, YamlMapping vs) {
        List<Binding> bindings = new ArrayList<>();
        if (vs.get("bindings") instanceof YamlSequence list) {
            for (YamlNode item : list.items()) {
                YamlMapping binding = (YamlMapping) item;
                bindings.add(new Binding(text(binding, "address"), number(binding, "port")));
            }
        }
        YamlMapping auth = mapping(vs, "authentication");
        YamlMapping relay = mapping(vs, "relay");
        YamlMapping permissions = mapping(vs, "permissions");
        YamlMapping exception = mapping(vs, "anonymousAccessException");
        return new SmtpVirtualServer(source, server, text(vs, "name"),
                Role.valueOf(textOr(vs, "role", "unspecified").replace('-', '_').toUpperCase(Locale.ROOT)),
                List.copyOf(bindings),
                new Authentication(bool(auth, "anonymous"), bool(auth, "basic"), bool(auth, "basicRequiresTls"),
                        bool(auth, "integratedWindows")),
                new RelaySettings("all-except-listed".equals(text(relay, "restriction")), strings(relay, "hosts"),
                        flag(relay, "allowAuthenticatedComputers", true)),
                new Permissions(optionalStrings(permissions, "submit"), optionalStrings(permissions, "relay")),
                exception.entries().isEmpty() ? null : new AnonymousAccessException(text(exception, "reason"),
                        text(exception, "approvedBy"), LocalDate.parse(text(exception, "expires"))));
    }

    private interface ItemReader {
        void read(Source source, YamlMapping item);
    }

    private static void each(YamlMapping parent, String key, Source parentSource, ItemReader reader) {
        if (parent.get(key) instanceof YamlSequence list) {
            for (int i = 0; i < list.items().size(); i++) {
                reader.read(parentSource.child(key + "/" + i), (YamlMapping) list.items().get(i));
            }
        }
    }

    private static final YamlMapping EMPTY = new YamlMapping(List.of(), 0, 0);

    private static YamlMapping mapping(YamlMapping parent, String key) {
        return parent.get(key) instanceof YamlMapping mapping ? mapping : EMPTY;
    }

    private static String text(YamlMapping parent, String key) {
        return parent.get(key) instanceof YamlScalar scalar ? scalar.text() : null;
    }

    private static String textOr(YamlMapping parent, String key, String absent) {
        String text = text(parent, key);
        return text == null ? absent : text;
    }

    private static Boolean bool(YamlMapping parent, String key) {
        String text = text(parent, key);
        return text == null ? null : Boolean.valueOf(text.toLowerCase(Locale.ROOT));
    }

    private static boolean flag(YamlMapping parent, String key, boolean absent) {
        Boolean value = bool(parent, key);
        return value == null ? absent : value;
    }

    private static Integer number(YamlMapping parent, String key) {
        return parent.get(key) instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.INTEGER
                ? clamp(scalar.integerValue()) : null;
    }

    /** Counts past the range of an int (the schema allows any size) read as the largest int. */
    private static int clamp(Number value) {
        return value instanceof Long small && small <= Integer.MAX_VALUE ? small.intValue() : Integer.MAX_VALUE;
    }

    private static List<String> strings(YamlMapping parent, String key) {
        List<String> values = optionalStrings(parent, key);
        return values == null ? List.of() : values;
    }

    private static List<String> optionalStrings(YamlMapping parent, String key) {
        if (!(parent.get(key) instanceof YamlSequence list)) {
            return null;
        }
        List<String> values = new ArrayList<>(list.items().size());
        for (YamlNode item : list.items()) {
            values.add(((YamlScalar) item).text());
        }
        return List.copyOf(values);
    }
}
