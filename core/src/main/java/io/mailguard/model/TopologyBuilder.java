package io.mailguard.model;

import io.mailguard.load.DocumentHandle;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds typed topologies from schema-valid documents: each file is read into its part of the model
 * as soon as it is valid (so its tree can go), then the parts of one organization are joined. Types
 * are guaranteed by the schema, so absent values take Exchange's defaults.
 */
public final class TopologyBuilder {

    private TopologyBuilder() {
    }

    /** What one schema-valid file declares; {@code handle} is how its model objects locate findings. */
    public static FilePart read(YamlDocument document, DocumentHandle handle) {
        FilePart part = new FilePart(text(document.root(), "organization"));
        part.add(document, handle);
        return part;
    }

    /** One topology per organization, in organization order; files keep the order given. */
    public static List<Topology> build(List<FilePart> parts) {
        Map<String, FilePart> byOrganization = new TreeMap<>();
        for (FilePart part : parts) {
            byOrganization.computeIfAbsent(part.organization, FilePart::new).join(part);
        }
        List<Topology> topologies = new ArrayList<>();
        byOrganization.forEach((organization, part) -> topologies.add(new Topology(organization,
                List.copyOf(part.files), List.copyOf(part.policies), List.copyOf(part.servers),
                List.copyOf(part.connectors), List.copyOf(part.lists))));
        return topologies;
    }

    /** What one file, or all files of one organization, declare. */
    public static final class FilePart {
        final String organization;
        final List<String> files = new ArrayList<>();
        final List<AccountPolicy> policies = new ArrayList<>();
        final List<Server> servers = new ArrayList<>();
        final List<Connector> connectors = new ArrayList<>();
        final List<DistributionList> lists = new ArrayList<>();

        FilePart(String organization) {
            this.organization = organization;
        }

        void join(FilePart other) {
            files.addAll(other.files);
            policies.addAll(other.policies);
            servers.addAll(other.servers);
            connectors.addAll(other.connectors);
            lists.addAll(other.lists);
        }

        void add(YamlDocument document, DocumentHandle handle) {
            files.add(document.file());
            YamlMapping root = document.root();
            Source top = Source.top(handle);
            if (root.get("accountPolicy") instanceof YamlMapping policy) {
                policies.add(accountPolicy(top.child("accountPolicy"), policy));
            }
            Map<String, Address> addresses = new HashMap<>();
            each(root, "servers", top, (source, server) -> servers.add(server(source, server, addresses)));
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

    /** A server; {@code addresses} are the file's addresses read so far, shared by the virtual servers that repeat them. */
    private static Server server(Source source, YamlMapping server, Map<String, Address> addresses) {
        String name = text(server, "name");
        List<SmtpVirtualServer> virtualServers = new ArrayList<>();
        each(server, "smtpVirtualServers", source, (vsSource, vs) -> virtualServers.add(virtualServer(vsSource, name, vs, addresses)));
        String product = text(server, "product");
        return new Server(source, name,
                product == null ? null : Product.valueOf(product.replace('-', '_').toUpperCase(Locale.ROOT)),
                flag(server, "smallBusinessServer", false), number(server, "mailboxes"), List.copyOf(virtualServers));
    }

    private static SmtpVirtualServer virtualServer(Source source, String server, YamlMapping vs, Map<String, Address> addresses) {
        List<Binding> bindings = new ArrayList<>();
        if (vs.get("bindings") instanceof YamlSequence list) {
            for (YamlNode item : list.items()) {
                YamlMapping binding = (YamlMapping) item;
                bindings.add(new Binding(addresses.computeIfAbsent(text(binding, "address"), Address::of), number(binding, "port")));
            }
        }
        YamlMapping auth = mapping(vs, "authentication");
        YamlMapping relay = mapping(vs, "relay");
        YamlMapping permissions = mapping(vs, "permissions");
        YamlMapping exception = mapping(vs, "anonymousAccessException");
        return new SmtpVirtualServer(source, server, text(vs, "name"),
                // client-submission is the modern name of imap-pop (SPEC §8)
                Role.valueOf(textOr(vs, "role", "unspecified").replace("client-submission", "imap-pop").replace('-', '_').toUpperCase(Locale.ROOT)),
                List.copyOf(bindings),
                new Authentication(bool(auth, "anonymous"), bool(auth, "basic"), bool(auth, "basicRequiresTls"),
                        bool(auth, "integratedWindows")),
                new RelaySettings("all-except-listed".equals(text(relay, "restriction")), strings(relay, "hosts").stream().map(host -> addresses.computeIfAbsent(host, Address::of)).toList(),
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
                reader.read(parentSource.child(key, i), (YamlMapping) list.items().get(i));
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
