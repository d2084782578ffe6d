package io.mailguard.importer;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Structural;
import io.mailguard.exchange.AdPermissionEntry;
import io.mailguard.exchange.ConnectorBinding;
import io.mailguard.exchange.IpAddressRange;
import io.mailguard.importer.Json.JsonArray;
import io.mailguard.importer.Json.JsonObject;
import io.mailguard.importer.Json.JsonScalar;
import io.mailguard.importer.Json.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON that the PowerShell one-liners of {@code docs/import-exchange.md} write, checking that it
 * has their shape: every value that does not is an MG110 finding at its line and column.
 */
final class ExchangeExport {

    /** One receive connector of the export, its values as Exchange spells them. */
    record Connector(String server, String name, String product, String transportRole, List<String> bindings,
            List<String> remoteIPRanges, List<String> permissionGroups, List<String> authMechanism, Boolean requireTLS,
            Location location) {

        /** The connector's identity, {@code EX19-01\Default Frontend EX19-01}. */
        String identity() {
            return server + "\\" + name;
        }
    }

    /** One permission entry of the export. */
    record Permission(String identity, String user, String sid, List<String> extendedRights, boolean deny, Location location)
            implements AdPermissionEntry {
    }

    /** One accepted domain of the export. */
    record AcceptedDomain(String name, String domainName, String domainType) {
    }

    static final List<String> PERMISSION_GROUPS = List.of(
            "None", "AnonymousUsers", "ExchangeUsers", "ExchangeServers", "ExchangeLegacyServers", "Partners", "Custom");
    static final List<String> AUTH_MECHANISMS = List.of(
            "None", "Tls", "Integrated", "BasicAuth", "BasicAuthRequireTLS", "ExchangeServer", "ExternalAuthoritative");
    static final List<String> TRANSPORT_ROLES = List.of("FrontendTransport", "HubTransport");
    static final List<String> DOMAIN_TYPES = List.of("Authoritative", "InternalRelay", "ExternalRelay");

    private static final Pattern VERSION = Pattern.compile("(?:Version )?(\\d{1,4})\\.(\\d{1,4})(?: \\(Build |\\.)(\\d{1,6})\\.(\\d{1,6})\\)?");
    /** The first build of Exchange Server Subscription Edition (15.2.2562). */
    private static final int SUBSCRIPTION_EDITION_BUILD = 2562;

    private final List<Finding> problems = new ArrayList<>();

    /** The MG110 findings so far. */
    List<Finding> problems() {
        return problems;
    }

    /** The receive connectors of a {@code Get-ReceiveConnector} export. */
    List<Connector> connectors(Value root) {
        List<Connector> connectors = new ArrayList<>();
        if (root instanceof JsonArray array && array.items().isEmpty()) {
            problem(root, "the export holds no receive connector; every Exchange 2007 or later server has its default ones,"
                    + " so export them from a server of the organization");
        }
        for (JsonObject record : records(root, "receive connector")) {
            String name = text(record, "Name", true);
            String server = text(record, "Server", true);
            String version = text(record, "AdminDisplayVersion", true);
            String product = version == null ? null : product(version, record.members().get("AdminDisplayVersion"));
            String transportRole = text(record, "TransportRole", false);
            if (transportRole != null && transportRole.isEmpty()) {
                transportRole = null; // Exchange 2007 and 2010 have no transport role
            }
            transportRole = transportRole == null ? null : spelled(transportRole, TRANSPORT_ROLES, "transport role",
                    record.members().get("TransportRole"));
            List<String> bindings = addresses(record, "Bindings", ConnectorBinding::parse);
            List<String> ranges = addresses(record, "RemoteIPRanges", IpAddressRange::parse);
            List<String> groups = flags(record, "PermissionGroups", PERMISSION_GROUPS, "permission group");
            List<String> mechanisms = flags(record, "AuthMechanism", AUTH_MECHANISMS, "authentication mechanism");
            Boolean requireTls = bool(record, "RequireTLS");
            if (name != null && server != null && product != null) {
                connectors.add(new Connector(server, name, product, transportRole, bindings, ranges, groups, mechanisms,
                        requireTls, record.location()));
            }
        }
        return connectors;
    }

    /** The permission entries of a {@code Get-ADPermission} export; entries without extended rights are left out. */
    List<Permission> permissions(Value root) {
        List<Permission> permissions = new ArrayList<>();
        for (JsonObject record : records(root, "permission entry")) {
            String identity = text(record, "Identity", true);
            String user = text(record, "User", true);
            String sid = text(record, "Sid", false);
            if (sid != null && sid.isEmpty()) {
                sid = null; // the one-liner writes nothing where the name does not resolve
            }
            if (sid != null && !sid.regionMatches(true, 0, "S-1-", 0, 4)) {
                problem(record.members().get("Sid"), "\"" + shown(sid) + "\" is not a security identifier; a SID is written S-1-5-7");
                sid = null;
            }
            List<String> rights = new ArrayList<>();
            for (JsonScalar right : list(record, "ExtendedRights")) {
                if (!right.text().isBlank()) {
                    rights.add(right.text().strip());
                }
            }
            Boolean deny = bool(record, "Deny");
            if (identity != null && user != null && !rights.isEmpty()) {
                permissions.add(new Permission(identity, user, sid, rights, Boolean.TRUE.equals(deny), record.location()));
            }
        }
        return permissions;
    }

    /** The accepted domains of a {@code Get-AcceptedDomain} export. */
    List<AcceptedDomain> acceptedDomains(Value root) {
        List<AcceptedDomain> domains = new ArrayList<>();
        for (JsonObject record : records(root, "accepted domain")) {
            String name = text(record, "Name", true);
            String domainName = text(record, "DomainName", true);
            String domainType = text(record, "DomainType", true);
            domainType = domainType == null ? null : spelled(domainType, DOMAIN_TYPES, "domain type", record.members().get("DomainType"));
            if (domainName != null && domainName.isBlank()) {
                problem(record.members().get("DomainName"), "the DomainName is empty; an accepted domain names an SMTP domain, e.g. contoso.com");
                domainName = null;
            }
            if (name != null && domainName != null && domainType != null) {
                domains.add(new AcceptedDomain(name, domainName, domainType));
            }
        }
        return domains;
    }

    /** Records a problem at a place. */
    void problem(Location location, String message) {
        problems.add(Finding.inFile(Structural.CONFIG_SYNTAX, location, message));
    }

    private void problem(Value value, String message) {
        problem(value.location(), message);
    }

    /** A list of objects, or one object (ConvertTo-Json writes a single item without the list). */
    private List<JsonObject> records(Value root, String what) {
        List<JsonObject> records = new ArrayList<>();
        if (root instanceof JsonObject object) {
            records.add(object);
        } else if (root instanceof JsonArray array) {
            for (Value item : array.items()) {
                if (item instanceof JsonObject object) {
                    records.add(object);
                } else {
                    problem(item, "each item must be an object, one " + what + ", not " + item.describe());
                }
            }
        } else {
            problem(root, "the file must hold a list of objects (one per " + what + ") or one object, not " + root.describe());
        }
        return records;
    }

    /** A text member; {@code null} when absent or null (a problem when required). */
    private String text(JsonObject record, String key, boolean required) {
        Value value = record.members().get(key);
        if (value == null || value instanceof JsonScalar scalar && scalar.isNull()) {
            if (required) {
                problem(value == null ? record : value, (value == null ? "the object has no \"" + key + "\"" : "\"" + key + "\" is null")
                        + "; the export must select " + key + " (docs/import-exchange.md)");
            }
            return null;
        }
        if (value instanceof JsonScalar scalar && scalar.isString()) {
            return scalar.text().strip();
        }
        problem(value, "\"" + key + "\" must be text, not " + value.describe() + "; export it as text, e.g. @{n='" + key
                + "';e={\"$($_." + key + ")\"}}");
        return null;
    }

    /**
     * A list of texts: a JSON list; one text (PowerShell writes a one-item list as its item); or
     * Windows PowerShell 5.1's {@code {"value": [...], "Count": n}}. Absent or null is empty.
     */
    private List<JsonScalar> list(JsonObject record, String key) {
        Value value = record.members().get(key);
        if (value instanceof JsonObject wrapper && wrapper.members().get("value") instanceof JsonArray inner) {
            value = inner;
        }
        List<JsonScalar> texts = new ArrayList<>();
        if (value == null || value instanceof JsonScalar scalar && scalar.isNull()) {
            return texts;
        }
        List<Value> items = value instanceof JsonArray array ? array.items() : List.of(value);
        for (Value item : items) {
            if (item instanceof JsonScalar scalar && scalar.isString()) {
                texts.add(scalar);
            } else {
                problem(item, "\"" + key + "\" must be a list of texts, but holds " + item.describe() + "; export each item as text,"
                        + " e.g. @{n='" + key + "';e={@($_." + key + " | ForEach-Object { \"$_\" })}}");
            }
        }
        return texts;
    }

    /** An enum with flags as Exchange writes it: {@code "AnonymousUsers, ExchangeServers"}, or a list of names. */
    private List<String> flags(JsonObject record, String key, List<String> allowed, String what) {
        Value value = record.members().get(key);
        if (value instanceof JsonScalar scalar && !scalar.isString() && !scalar.isNull()) {
            problem(value, "\"" + key + "\" is " + value.describe() + "; export it as text, e.g. @{n='" + key
                    + "';e={\"$($_." + key + ")\"}}, which Exchange writes as names (" + String.join(", ", allowed) + ")");
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (JsonScalar item : list(record, key)) {
            for (String part : item.text().split(",")) {
                String name = part.strip();
                if (!name.isEmpty()) {
                    String spelled = spelled(name, allowed, what, item);
                    if (spelled != null && !names.contains(spelled)) {
                        names.add(spelled);
                    }
                }
            }
        }
        return names;
    }

    /** A value of a closed set, matched without regard to case and returned as Exchange spells it. */
    private String spelled(String text, List<String> allowed, String what, Value at) {
        for (String name : allowed) {
            if (name.equalsIgnoreCase(text)) {
                return name;
            }
        }
        problem(at, "\"" + shown(text) + "\" is not one of Exchange's " + what + "s (" + String.join(", ", allowed) + ")");
        return null;
    }

    private Boolean bool(JsonObject record, String key) {
        Value value = record.members().get(key);
        if (value == null || value instanceof JsonScalar scalar && scalar.isNull()) {
            return null;
        }
        if (value instanceof JsonScalar scalar && scalar.isBoolean()) {
            return Boolean.valueOf(scalar.text());
        }
        problem(value, "\"" + key + "\" must be true or false, not " + value.describe());
        return null;
    }

    private interface Parser {
        Object parse(String text);
    }

    /** A list of addresses as Exchange writes them, each one that {@code parser} refuses a problem. */
    private List<String> addresses(JsonObject record, String key, Parser parser) {
        List<String> addresses = new ArrayList<>();
        for (JsonScalar value : list(record, key)) {
            try {
                parser.parse(value.text().strip());
                addresses.add(value.text().strip());
            } catch (IpAddressRange.InvalidAddressException e) {
                problem(value, shown(e.getMessage()));
            }
        }
        return addresses;
    }

    /** The product of an {@code AdminDisplayVersion}: {@code Version 15.2 (Build 1118.7)} → exchange-2019. */
    private String product(String version, Value at) {
        Matcher m = VERSION.matcher(version);
        if (m.matches()) {
            int major = Integer.parseInt(m.group(1));
            int minor = Integer.parseInt(m.group(2));
            int build = Integer.parseInt(m.group(3));
            String product = switch (major) {
                case 8 -> "exchange-2007";
                case 14 -> "exchange-2010";
                case 15 -> switch (minor) {
                    case 0 -> "exchange-2013";
                    case 1 -> "exchange-2016";
                    case 2 -> build >= SUBSCRIPTION_EDITION_BUILD ? "exchange-se" : "exchange-2019";
                    default -> null;
                };
                default -> null;
            };
            if (product != null) {
                return product;
            }
        }
        problem(at, "\"" + shown(version) + "\" is not the version of an Exchange 2007 or later server; AdminDisplayVersion reads like"
                + " Version 15.2 (Build 1118.7)");
        return null;
    }

    /** Text from the export as a message shows it: at most 200 characters, control characters written visibly. */
    static String shown(String text) {
        String cut = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        StringBuilder shown = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** {@code EX19-01\Default Frontend EX19-01}, compared as Exchange compares names: without regard to case. */
    static String identityKey(String identity) {
        return identity.strip().toLowerCase(Locale.ROOT);
    }
}
