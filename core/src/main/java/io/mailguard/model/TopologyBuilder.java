package io.mailguard.model;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Structural;
import io.mailguard.load.IgnoreComment;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import io.mailguard.postfix.MasterService;
import io.mailguard.postfix.Parameter;
import io.mailguard.postfix.PostfixConfig;
import io.mailguard.postfix.RelayAnalysis;
import io.mailguard.postfix.SmtpdAnalysis;
import io.mailguard.postfix.Word;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds typed topologies from every loaded document, valid or not: each file is read into its part of
 * the model in the same pass that validates it (so its tree can go), then the parts of one organization
 * are joined. A value of the wrong type or outside its set is kept as invalid, never dropped, so the
 * rules judge everything else and fail closed on what they cannot read. A Postfix server's {@code main.cf}
 * and {@code master.cf} are read here too (from its {@code configDirectory}, or written inline), and its
 * {@code smtpd} services lowered while the file is in hand. One builder serves one check.
 */
public final class TopologyBuilder {

    private static final Set<String> TOP_OBJECTS = Set.of("accountPolicy", "servers", "connectors", "distributionLists",
            "acceptedDomains");
    /** Sections of a server read on their own: Postfix settings keep their places as they are read, not here. */
    private static final Set<String> SERVER_OBJECTS = Set.of("smtpVirtualServers", "receiveConnectors", "postfix", "roles");
    private static final Map<String, Role> ROLES = Map.of(
            "internet-bridgehead", Role.INTERNET_BRIDGEHEAD, "internal", Role.INTERNAL, "imap-pop", Role.CLIENT_SUBMISSION,
            "client-submission", Role.CLIENT_SUBMISSION, "application-relay", Role.APPLICATION_RELAY,
            "partner", Role.PARTNER, "unspecified", Role.UNSPECIFIED);
    /** Roles a virtual server may have (those of 2003). */
    private static final Map<String, Role> VIRTUAL_SERVER_ROLES = Map.of(
            "internet-bridgehead", Role.INTERNET_BRIDGEHEAD, "internal", Role.INTERNAL, "imap-pop", Role.CLIENT_SUBMISSION,
            "client-submission", Role.CLIENT_SUBMISSION, "unspecified", Role.UNSPECIFIED);
    private static final Map<String, Product> PRODUCTS = Map.of(
            "exchange-2000", Product.EXCHANGE_2000, "exchange-2003", Product.EXCHANGE_2003,
            "exchange-2007", Product.EXCHANGE_2007, "exchange-2010", Product.EXCHANGE_2010,
            "exchange-2013", Product.EXCHANGE_2013, "exchange-2016", Product.EXCHANGE_2016,
            "exchange-2019", Product.EXCHANGE_2019, "exchange-se", Product.EXCHANGE_SE, "postfix", Product.POSTFIX,
            "other", Product.OTHER);
    private static final Set<String> DOMAIN_TYPES = Set.of("Authoritative", "InternalRelay", "ExternalRelay");
    private static final Set<String> TRANSPORT_ROLES = Set.of("FrontendTransport", "HubTransport");
    private static final Map<String, Boolean> RESTRICTIONS = Map.of("all-except-listed", true, "only-listed", false);
    private static final Map<String, Boolean> GUEST = Map.of("enabled", true, "disabled", false);
    private static final Set<String> SENDERS = Set.of("anyone", "authenticated-users", "listed-senders");

    /** The default roles of Postfix services by the port their name says (SPEC §9). */
    private static final Map<String, Role> POSTFIX_ROLES = Map.of(
            "smtp", Role.INTERNET_BRIDGEHEAD, "25", Role.INTERNET_BRIDGEHEAD,
            "submission", Role.CLIENT_SUBMISSION, "587", Role.CLIENT_SUBMISSION,
            "submissions", Role.CLIENT_SUBMISSION, "smtps", Role.CLIENT_SUBMISSION, "465", Role.CLIENT_SUBMISSION);

    private final Positions.Recorder positions = new Positions.Recorder();
    private final PostfixFiles postfixFiles;

    /** A builder that reads no Postfix configuration directory. */
    public TopologyBuilder() {
        this(PostfixFiles.NONE);
    }

    /** A builder that reads Postfix configuration directories through {@code postfixFiles}. */
    public TopologyBuilder(PostfixFiles postfixFiles) {
        this.postfixFiles = postfixFiles;
    }

    /** What one loaded file declares, whatever its schema findings. */
    public FilePart read(YamlDocument document) {
        YamlMapping root = document.root();
        String organization = root.get("organization") instanceof YamlScalar scalar && !scalar.text().isBlank()
                ? scalar.text() : "(" + document.file() + ")";
        FilePart part = new FilePart(organization);
        part.files.add(document.file());
        Source top = new Source(document.file(), null, null, -1, positions.record(root, TOP_OBJECTS));
        if (root.get("accountPolicy") instanceof YamlMapping policy) {
            part.policies.add(accountPolicy(top.child("accountPolicy", positions.record(policy, Set.of())), policy));
        }
        Map<String, Address> addresses = new HashMap<>();
        each(root, "servers", top, SERVER_OBJECTS, (source, server) -> part.servers.add(server(source, server, addresses, part)));
        each(root, "connectors", top, Set.of(), (source, connector) -> part.connectors.add(new Connector(source,
                name(connector, source), texts(connector, "sourceVirtualServers"), texts(connector, "addressSpaces"),
                texts(connector, "relayDomains"))));
        each(root, "distributionLists", top, Set.of(), (source, list) -> part.lists.add(new DistributionList(source,
                name(list, source), bool(list.get("internalOnly")), oneOf(list.get("acceptMessagesFrom"), SENDERS),
                texts(list, "senders"))));
        each(root, "acceptedDomains", top, Set.of(), (source, domain) -> part.domains.add(new AcceptedDomain(source,
                name(domain, source), text(domain.get("domainName")), oneOf(domain.get("domainType"), DOMAIN_TYPES))));
        // lowered here, in the parallel pass over the files: an endpoint needs nothing beyond its own server
        for (Server server : part.servers) {
            server.virtualServers().forEach(vs -> part.endpoints.add(Lowering.virtualServer(server, vs)));
            server.receiveConnectors().forEach(connector -> part.endpoints.add(Lowering.receiveConnector(server, connector)));
        }
        return part;
    }

    /** One topology per organization, in organization order; files keep the order given. */
    public static List<Topology> build(List<FilePart> parts) {
        Map<String, FilePart> byOrganization = new TreeMap<>();
        for (FilePart part : parts) {
            byOrganization.computeIfAbsent(part.organization, FilePart::new).join(part);
        }
        List<Topology> topologies = new ArrayList<>();
        byOrganization.forEach((organization, part) -> topologies.add(new Topology(organization, List.copyOf(part.files),
                List.copyOf(part.policies), List.copyOf(part.servers), List.copyOf(part.connectors), List.copyOf(part.lists),
                List.copyOf(part.domains), List.copyOf(part.endpoints), List.copyOf(part.postfix), smtpdServices(part.postfix))));
        return topologies;
    }

    private static List<PostfixService> smtpdServices(List<PostfixServer> servers) {
        // a stream: this runs once, over every service, and a loop of its own would run uncompiled
        return servers.stream().flatMap(server -> server.services().stream()).filter(service -> service.analysis() != null)
                .toList();
    }

    /** What one file, or all files of one organization, declare. */
    public static final class FilePart {
        final String organization;
        final List<String> files = new ArrayList<>();
        final List<AccountPolicy> policies = new ArrayList<>();
        final List<Server> servers = new ArrayList<>();
        final List<Connector> connectors = new ArrayList<>();
        final List<DistributionList> lists = new ArrayList<>();
        final List<AcceptedDomain> domains = new ArrayList<>();
        final List<SmtpEndpoint> endpoints = new ArrayList<>();
        final List<PostfixServer> postfix = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final List<IgnoreComment.InFile> ignoreComments = new ArrayList<>();

        FilePart(String organization) {
            this.organization = organization;
        }

        /** What reading the file's Postfix configuration directories found (MG110, MG111). */
        public List<Finding> findings() {
            return List.copyOf(findings);
        }

        /** The suppression comments of the Postfix files read for this file. */
        public List<IgnoreComment.InFile> ignoreComments() {
            return List.copyOf(ignoreComments);
        }

        void join(FilePart other) {
            files.addAll(other.files);
            policies.addAll(other.policies);
            servers.addAll(other.servers);
            connectors.addAll(other.connectors);
            lists.addAll(other.lists);
            domains.addAll(other.domains);
            endpoints.addAll(other.endpoints);
            postfix.addAll(other.postfix);
        }
    }

    private static AccountPolicy accountPolicy(Source source, YamlMapping policy) {
        PasswordPolicy passwords = null;
        if (policy.get("passwordPolicy") instanceof YamlMapping password) {
            passwords = new PasswordPolicy(integer(password.get("minimumLength")), bool(password.get("complexity")),
                    integer(password.get("maximumAgeDays")), integer(password.get("lockoutThreshold")));
        } else if (policy.get("passwordPolicy") != null) {
            Value<Integer> invalid = Value.invalid(written(policy.get("passwordPolicy")));
            passwords = new PasswordPolicy(invalid, Value.invalid(invalid.invalid()), invalid, invalid);
        }
        return new AccountPolicy(source, lookup(policy.get("guestAccount"), GUEST), passwords);
    }

    /** A server; {@code addresses} are the file's addresses read so far, shared by the virtual servers that repeat them. */
    private Server server(Source source, YamlMapping server, Map<String, Address> addresses, FilePart part) {
        String name = name(server, source);
        List<SmtpVirtualServer> virtualServers = new ArrayList<>();
        each(server, "smtpVirtualServers", source, Set.of(), (vsSource, vs) -> virtualServers.add(virtualServer(vsSource, name, vs, addresses)));
        List<ReceiveConnector> connectors = new ArrayList<>();
        each(server, "receiveConnectors", source, Set.of(), (rcSource, rc) -> connectors.add(receiveConnector(rcSource, name, rc, addresses)));
        Server read = new Server(source, name, lookup(server.get("product"), PRODUCTS), bool(server.get("smallBusinessServer")),
                integer(server.get("mailboxes")), List.copyOf(virtualServers), List.copyOf(connectors));
        YamlMapping.Entry postfix = server.entry("postfix");
        if (postfix != null && postfix.value() instanceof YamlMapping settings) {
            postfixServer(read, postfix.key(), settings, server.get("roles"), part);
        }
        return read;
    }

    /**
     * A Postfix server's configuration, from its directory or written inline, with each service's role; its
     * {@code smtpd} services lowered to endpoints.
     */
    private void postfixServer(Server server, YamlScalar key, YamlMapping postfix, YamlNode roles, FilePart part) {
        Source source = server.source();
        String file = source.file();
        String serverPointer = source.pointer();
        String pointer = Paths.below(serverPointer, "postfix");
        PostfixConfig config;
        Location configAt;
        if (postfix.get("configDirectory") instanceof YamlScalar directory && directory.type() != YamlScalar.Type.NULL) {
            Location at = new Location(file, directory.line(), directory.column(), pointer + "/configDirectory");
            PostfixFiles.Read read = postfixFiles.read(file, directory.text(), at);
            part.findings.addAll(read.findings());
            part.ignoreComments.addAll(read.ignoreComments());
            config = read.config();
            configAt = config == null || config.mainCf().isEmpty() ? at : fileStart(config.mainCf().get(0).nameAt());
        } else {
            config = PostfixConfig.inline(inlineParameters(postfix.get("parameters"), file, Paths.below(pointer, "parameters")),
                    inlineServices(postfix.get("services"), file, Paths.below(pointer, "services")));
            configAt = new Location(file, key.line(), key.column(), pointer);
        }
        if (config == null) {
            part.postfix.add(new PostfixServer(source, server.name(), null, configAt, List.of()));
            return;
        }
        Map<MasterService, SmtpdAnalysis> analyses = new IdentityHashMap<>();
        RelayAnalysis.analyse(config).forEach(analysis -> analyses.put(analysis.service(), analysis));
        Set<String> mainCfNames = config.parameters().keySet();
        String rolesPointer = Paths.below(serverPointer, "roles");
        Map<List<Word>, SmtpEndpoint.RelayGrant> scopes = new IdentityHashMap<>();
        List<PostfixService> services = new ArrayList<>();
        for (MasterService service : config.services()) {
            SmtpdAnalysis analysis = analyses.get(service);
            RoleChoice role = postfixRole(config.listener(service).service(), roles, file, rolesPointer);
            Map<String, String> options = new ServiceOptions(service.overrides());
            PostfixService read = new PostfixService(server.name(), service.service(), service.type(), service.command(),
                    options, new EffectiveParameterMap(config, service, mainCfNames, options.keySet()),
                    role.role().value() == null ? Role.UNSPECIFIED : role.role().value(), service.at(), analysis);
            services.add(read);
            if (analysis != null) {
                part.endpoints.add(Lowering.postfixService(server, source, read, new SmtpEndpoint.Fact<>(
                        role.role(), "", role.property(), role.at() == null ? service.at() : role.at()), scopes));
            }
        }
        part.postfix.add(new PostfixServer(source, server.name(), config, configAt, services));
        unknownRoles(server, config, roles, rolesPointer, part);
    }

    /** A {@code roles} entry that names no service of the configuration is MG102 at its key, never ignored. */
    private static void unknownRoles(Server server, PostfixConfig config, YamlNode roles, String pointer, FilePart part) {
        if (!(roles instanceof YamlMapping written)) {
            return;
        }
        for (YamlMapping.Entry entry : written.entries()) {
            String service = entry.key().text();
            if (!declares(config, service)) {
                Location at = new Location(server.source().file(), entry.key().line(), entry.key().column(), pointer + "/" + service);
                part.findings.add(new Finding(Structural.UNKNOWN_REFERENCE, Structural.UNKNOWN_REFERENCE.defaultSeverity(), at,
                        part.organization, server.name(), "roles." + service, String.format(
                                "roles names the service `%s`, which the master.cf of %s does not declare; name the service as "
                                        + "master.cf does (smtp, submission, 10.0.0.5:2525), or remove the entry",
                                service, server.name()), null));
            }
        }
    }

    /** Whether a service of the configuration listens as {@code service} (searched: a few roles, a few services). */
    private static boolean declares(PostfixConfig config, String service) {
        List<MasterService> services = config.services();
        for (int i = 0; i < services.size(); i++) {
            if (config.listener(services.get(i)).service().equals(service)) {
                return true;
            }
        }
        return false;
    }

    /** A service's role and where it is written ({@code null}: its name's default). */
    private record RoleChoice(Value<Role> role, String property, Location at) {
    }

    /**
     * The role {@code roles} gives the service (by its name, {@code host:port} included), else the default of
     * the port its name says (SPEC §9).
     */
    private static RoleChoice postfixRole(String service, YamlNode roles, String file, String pointer) {
        if (roles instanceof YamlMapping written) {
            List<YamlMapping.Entry> entries = written.entries();
            for (int i = 0; i < entries.size(); i++) { // indexed: asked for every service
                YamlMapping.Entry entry = entries.get(i);
                if (entry.key().text().equals(service)) {
                    YamlNode value = entry.value();
                    return new RoleChoice(lookup(value, ROLES).orDefault(Role.UNSPECIFIED), "roles." + service,
                            new Location(file, value.line(), value.column(), pointer + "/" + service));
                }
            }
        }
        int colon = service.lastIndexOf(':');
        Role byPort = POSTFIX_ROLES.get(colon < 0 ? service : service.substring(colon + 1));
        return new RoleChoice(known(byPort == null ? Role.UNSPECIFIED : byPort), "role", null);
    }

    /** The start of the file a setting stands in. */
    private static Location fileStart(Location at) {
        return new Location(at.file(), 1, 1, "");
    }

    /** YAML {@code parameters}: main.cf settings at their YAML places. */
    private static List<Parameter> inlineParameters(YamlNode node, String file, String pointer) {
        List<Parameter> parameters = new ArrayList<>();
        if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                if (entry.value() instanceof YamlScalar value) {
                    parameters.add(declared(entry.key(), value, file, pointer));
                }
            }
        }
        return parameters;
    }

    private static Parameter declared(YamlScalar key, YamlScalar value, String file, String pointer) {
        String at = Paths.below(pointer, key.text());
        return Parameter.declared(key.text(), value.type() == YamlScalar.Type.NULL ? "" : value.text(), key.line(),
                key.column(), new Location(file, value.line(), value.column(), at));
    }

    /**
     * YAML {@code services}: master.cf entries at their YAML places; an entry without its fields declares none.
     * The arguments are the {@code args} as written: the {@code options} stand apart, as overrides.
     */
    private static List<MasterService> inlineServices(YamlNode node, String file, String pointer) {
        List<MasterService> services = new ArrayList<>();
        List<YamlNode> items = items(node);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof YamlMapping item) {
                MasterService service = inlineService(item, file, pointer, i);
                if (service != null) {
                    services.add(service);
                }
            }
        }
        return services;
    }

    /** One entry of {@code services}, its keys read in one pass: for every service of a fleet. */
    private static MasterService inlineService(YamlMapping item, String file, String pointer, int index) {
        YamlNode[] fields = new YamlNode[SERVICE_KEYS];
        List<YamlMapping.Entry> entries = item.entries();
        for (int e = entries.size() - 1; e >= 0; e--) { // backwards: the first of a repeated key wins, as get() has it
            int key = serviceKey(entries.get(e).key().text());
            if (key >= 0) {
                fields[key] = entries.get(e).value();
            }
        }
        if (!(fields[SERVICE] instanceof YamlScalar service) || !(fields[TYPE] instanceof YamlScalar type)
                || !(fields[COMMAND] instanceof YamlScalar command)) {
            return null;
        }
        String at = Paths.below(pointer, Integer.toString(index));
        List<YamlNode> args = items(fields[ARGS]);
        List<Word> arguments = new ArrayList<>(args.size());
        for (int a = 0; a < args.size(); a++) { // indexed loops: for every service
            if (args.get(a) instanceof YamlScalar scalar) {
                arguments.add(new Word(scalar.text(), new Location(file, scalar.line(), scalar.column(), at + "/args")));
            }
        }
        List<Parameter> options = fields[OPTIONS] instanceof YamlMapping written
                ? options(written, file, Paths.below(at, "options")) : List.of();
        return new MasterService(service.text(), type.text(), field(fields[PRIVATE], "inet".equals(type.text()) ? "n" : "-"),
                field(fields[UNPRIV], "-"), field(fields[CHROOT], "-"), field(fields[WAKEUP], "-"),
                field(fields[MAXPROC], "-"), command.text(), arguments, options,
                new Location(file, item.line(), item.column(), at));
    }

    // the keys of a services entry, by their index in what inlineService reads
    private static final int SERVICE = 0;
    private static final int TYPE = 1;
    private static final int COMMAND = 2;
    private static final int ARGS = 3;
    private static final int OPTIONS = 4;
    private static final int PRIVATE = 5;
    private static final int UNPRIV = 6;
    private static final int CHROOT = 7;
    private static final int WAKEUP = 8;
    private static final int MAXPROC = 9;
    private static final int SERVICE_KEYS = 10;

    private static int serviceKey(String key) {
        return switch (key) {
            case "service" -> SERVICE;
            case "type" -> TYPE;
            case "command" -> COMMAND;
            case "args" -> ARGS;
            case "options" -> OPTIONS;
            case "private" -> PRIVATE;
            case "unpriv" -> UNPRIV;
            case "chroot" -> CHROOT;
            case "wakeup" -> WAKEUP;
            case "maxproc" -> MAXPROC;
            default -> -1;
        };
    }

    /** A service's {@code options}, in a list of their own size (the service keeps it as it is). */
    private static List<Parameter> options(YamlMapping written, String file, String pointer) {
        List<YamlMapping.Entry> entries = written.entries();
        Parameter[] options = new Parameter[entries.size()];
        int count = 0;
        for (int o = 0; o < entries.size(); o++) {
            YamlMapping.Entry entry = entries.get(o);
            if (entry.value() instanceof YamlScalar value) {
                options[count++] = declared(entry.key(), value, file, pointer);
            }
        }
        return List.of(count == options.length ? options : Arrays.copyOf(options, count));
    }

    private static String field(YamlNode value, String absent) {
        return value instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL ? scalar.text() : absent;
    }

    private static SmtpVirtualServer virtualServer(Source source, String server, YamlMapping vs, Map<String, Address> addresses) {
        List<Binding> bindings = new ArrayList<>();
        for (YamlNode item : items(vs.get("bindings"))) {
            YamlMapping binding = item instanceof YamlMapping mapping ? mapping : EMPTY;
            bindings.add(new Binding(address(binding.get("address"), addresses), integer(binding.get("port")).value()));
        }
        YamlNode auth = vs.get("authentication");
        YamlNode relay = vs.get("relay");
        YamlNode permissions = vs.get("permissions");
        YamlNode exception = vs.get("anonymousAccessException");
        List<Address> hosts = new ArrayList<>();
        for (YamlNode host : items(below(relay, "hosts"))) {
            hosts.add(address(host, addresses));
        }
        return new SmtpVirtualServer(source, server, name(vs, source),
                lookup(vs.get("role"), VIRTUAL_SERVER_ROLES).orDefault(Role.UNSPECIFIED),
                List.copyOf(bindings),
                new Authentication(bool(below(auth, "anonymous")), bool(below(auth, "basic")),
                        bool(below(auth, "basicRequiresTls")), bool(below(auth, "integratedWindows"))),
                new RelaySettings(lookup(below(relay, "restriction"), RESTRICTIONS), List.copyOf(hosts),
                        bool(below(relay, "allowAuthenticatedComputers"))),
                new Permissions(principals(below(permissions, "submit")), principals(below(permissions, "relay"))),
                exception == null ? null : new AnonymousAccessException(text(below(exception, "reason")),
                        text(below(exception, "approvedBy")), date(below(exception, "expires"))));
    }

    private static ReceiveConnector receiveConnector(Source source, String server, YamlMapping rc, Map<String, Address> addresses) {
        List<Address> ranges = null;
        if (!isNull(rc.get("remoteIPRanges"))) {
            ranges = new ArrayList<>();
            for (YamlNode range : items(rc.get("remoteIPRanges"))) {
                ranges.add(range instanceof YamlScalar scalar
                        ? addresses.computeIfAbsent("exchange:" + scalar.text(), key -> Address.exchange(scalar.text()))
                        : new Address(written(range), List.of()));
            }
            ranges = List.copyOf(ranges);
        }
        List<AdPermission> permissions = new ArrayList<>();
        for (YamlNode item : items(rc.get("adPermissions"))) {
            YamlMapping permission = item instanceof YamlMapping mapping ? mapping : EMPTY;
            permissions.add(new AdPermission(text(permission.get("user")).value(), text(permission.get("sid")).value(),
                    texts(permission.get("extendedRights")), bool(permission.get("deny"))));
        }
        YamlNode exception = rc.get("anonymousAccessException");
        return new ReceiveConnector(source, server, name(rc, source), oneOf(rc.get("transportRole"), TRANSPORT_ROLES),
                lookup(rc.get("role"), ROLES), texts(rc.get("bindings")), ranges, principals(rc.get("permissionGroups")),
                principals(rc.get("authMechanism")), bool(rc.get("requireTLS")), List.copyOf(permissions),
                exception == null ? null : new AnonymousAccessException(text(below(exception, "reason")),
                        text(below(exception, "approvedBy")), date(below(exception, "expires"))));
    }

    private interface ItemReader {
        void read(Source source, YamlMapping item);
    }

    /** Reads each mapping of the list under {@code key}; an item that is not a mapping declares nothing. */
    private void each(YamlMapping parent, String key, Source parentSource, Set<String> objects, ItemReader reader) {
        List<YamlNode> items = items(parent.get(key));
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof YamlMapping item) {
                reader.read(parentSource.child(key, i, positions.record(item, objects)), item);
            }
        }
    }

    private static final YamlMapping EMPTY = new YamlMapping(List.of(), 0, 0);

    /** The value under {@code key} of a mapping; where {@code parent} is written but is no mapping, that node itself. */
    private static YamlNode below(YamlNode parent, String key) {
        if (parent instanceof YamlMapping mapping) {
            return mapping.get(key);
        }
        return parent instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.NULL ? null : parent;
    }

    /** The items of a list; a single value written where a list belongs counts as one item. */
    private static List<YamlNode> items(YamlNode node) {
        if (node instanceof YamlSequence list) {
            return list.items();
        }
        return node == null || (node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.NULL)
                ? List.of() : List.of(node);
    }

    /** An object's name; where it has none, its place ({@code servers[2]}), so findings still say which. */
    private static String name(YamlMapping object, Source source) {
        if (object.get("name") instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL) {
            return scalar.text();
        }
        String pointer = source.pointer();
        int slash = pointer.lastIndexOf('/');
        int before = pointer.lastIndexOf('/', slash - 1);
        return pointer.substring(before + 1, slash) + "[" + pointer.substring(slash + 1) + "]";
    }

    /** How a message shows what was written: a scalar's text, or what kind of node it is. */
    private static String written(YamlNode node) {
        return node instanceof YamlScalar scalar ? scalar.text() : node.kindName();
    }

    private static boolean isNull(YamlNode node) {
        return node == null || node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.NULL;
    }

    private static Value<Boolean> bool(YamlNode node) {
        if (isNull(node)) {
            return Value.absent();
        }
        return node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.BOOLEAN
                ? Value.of(scalar.text().equalsIgnoreCase("true")) : Value.invalid(written(node));
    }

    private static Value<Integer> integer(YamlNode node) {
        if (isNull(node)) {
            return Value.absent();
        }
        return node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.INTEGER
                ? Value.of(clamp(scalar.integerValue())) : Value.invalid(written(node));
    }

    /** Counts past the range of an int (the schema allows any size) read as the largest int; negative ones as they are. */
    private static int clamp(Number value) {
        if (value instanceof Long small) {
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, small));
        }
        return ((java.math.BigInteger) value).signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    private static Value<String> text(YamlNode node) {
        if (isNull(node)) {
            return Value.absent();
        }
        return node instanceof YamlScalar scalar ? Value.of(scalar.text()) : Value.invalid(written(node));
    }

    private static Value<String> oneOf(YamlNode node, Set<String> allowed) {
        Value<String> text = text(node);
        return text.value() != null && !allowed.contains(text.value()) ? Value.invalid(text.value()) : text;
    }

    private static <T> Value<T> lookup(YamlNode node, Map<String, T> values) {
        Value<String> text = text(node);
        if (text.value() == null) {
            return text.isInvalid() ? Value.invalid(text.invalid()) : Value.absent();
        }
        T value = values.get(text.value());
        return value == null ? Value.invalid(text.value()) : known(value);
    }

    private static final Map<Object, Value<?>> KNOWN = new java.util.HashMap<>();

    static {
        ROLES.values().forEach(role -> KNOWN.put(role, Value.of(role)));
        PRODUCTS.values().forEach(product -> KNOWN.put(product, Value.of(product)));
        KNOWN.put(true, Value.of(true));
        KNOWN.put(false, Value.of(false));
    }

    /** The value, shared for the closed sets (roles, products, flags) that every object repeats. */
    @SuppressWarnings("unchecked")
    private static <T> Value<T> known(T value) {
        Value<?> shared = KNOWN.get(value);
        return shared != null ? (Value<T>) shared : Value.of(value);
    }

    private static Value<LocalDate> date(YamlNode node) {
        Value<String> text = text(node);
        if (text.value() == null) {
            return text.isInvalid() ? Value.invalid(text.invalid()) : Value.absent();
        }
        try {
            return Value.of(LocalDate.parse(text.value()));
        } catch (DateTimeParseException e) {
            return Value.invalid(text.value());
        }
    }

    private static Address address(YamlNode node, Map<String, Address> addresses) {
        return node instanceof YamlScalar scalar ? addresses.computeIfAbsent(scalar.text(), Address::of)
                : new Address(isNull(node) ? "" : written(node), null);
    }

    /** The texts of a list; an item that is not text is {@code null}. */
    private static List<String> texts(YamlMapping parent, String key) {
        return texts(parent.get(key));
    }

    private static List<String> texts(YamlNode node) {
        List<String> values = new ArrayList<>();
        for (YamlNode item : items(node)) {
            values.add(item instanceof YamlScalar scalar && scalar.type() != YamlScalar.Type.NULL ? scalar.text() : null);
        }
        return unmodifiable(values);
    }

    /**
     * A list of texts kept in the model: of its own size, with its {@code null}s (entries that are not
     * text) where the file has them, and asked {@code contains(null)} without a fault.
     */
    private static List<String> unmodifiable(List<String> values) {
        return values.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(java.util.Arrays.asList(values.toArray(String[]::new)));
    }

    /** A list of principals, or {@code null} when not declared. */
    private static List<String> principals(YamlNode node) {
        return isNull(node) && !(node instanceof YamlSequence) ? null : texts(node);
    }
}
