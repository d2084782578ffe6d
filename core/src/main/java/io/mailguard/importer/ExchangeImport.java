package io.mailguard.importer;

import io.mailguard.Finding;
import io.mailguard.UsageException;
import io.mailguard.exchange.AcceptAnyRecipient;
import io.mailguard.exchange.ConnectorRole;
import io.mailguard.exchange.WellKnownPrincipal;
import io.mailguard.importer.ExchangeExport.AcceptedDomain;
import io.mailguard.importer.ExchangeExport.Connector;
import io.mailguard.importer.ExchangeExport.Permission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code mailguard import exchange}: turns the JSON that the PowerShell one-liners of
 * {@code docs/import-exchange.md} write into MailGuard YAML, one file per server (and one for the accepted
 * domains), with every receive connector's role written out. The same input gives the same bytes. Input
 * that does not have the documented shape gives MG110 findings at their places and no file.
 */
public final class ExchangeImport {

    /** The name of the file the accepted domains are written to. */
    public static final String ACCEPTED_DOMAINS_FILE = "accepted-domains.yaml";

    /** Sorted as an administrator reads a list: ignoring case, then exactly, so the order never depends on the export's. */
    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /**
     * What to import.
     *
     * @param receiveConnectors the {@code Get-ReceiveConnector} export (required)
     * @param acceptedDomains the {@code Get-AcceptedDomain} export, or {@code null}
     * @param adPermissions the {@code Get-ADPermission} export, or {@code null}
     * @param organization the organization the files belong to
     * @param output the folder the YAML files are written to (created when missing)
     */
    public record Request(Path receiveConnectors, Path acceptedDomains, Path adPermissions, String organization, Path output) {
    }

    /**
     * What an import did.
     *
     * @param findings the MG110 findings, by file, line and column; when there are any, nothing was written
     * @param written the files written, sorted
     */
    public record Result(List<Finding> findings, List<Path> written) {
    }

    private ExchangeImport() {
    }

    /**
     * Reads the exports, checks their shape and writes the YAML.
     *
     * @throws UsageException when an input cannot be read or the output cannot be written, naming the path and the cause
     */
    public static Result run(Request request) {
        if (request.organization() == null || request.organization().isBlank()) {
            throw new UsageException("--organization must name the organization, e.g. --organization contoso");
        }
        ExchangeExport export = new ExchangeExport();
        List<Connector> connectors = read(request.receiveConnectors(), export, export::connectors);
        List<Permission> permissions = request.adPermissions() == null ? List.of()
                : read(request.adPermissions(), export, export::permissions);
        List<AcceptedDomain> domains = request.acceptedDomains() == null ? List.of()
                : read(request.acceptedDomains(), export, export::acceptedDomains);
        Map<String, List<Permission>> byConnector = permissionsByConnector(connectors, permissions, export);
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, List<Connector>> server : byServer(connectors, export).entrySet()) {
            files.put(fileName(server.getKey()), serverYaml(request, server.getValue(), byConnector));
        }
        if (!domains.isEmpty()) {
            files.put(ACCEPTED_DOMAINS_FILE, acceptedDomainsYaml(request, domains));
        }
        List<Finding> findings = export.problems().stream()
                .sorted(Comparator.comparing((Finding f) -> f.location().file()).thenComparingInt(f -> f.location().line())
                        .thenComparingInt(f -> f.location().column()))
                .toList();
        if (!findings.isEmpty()) {
            return new Result(findings, List.of());
        }
        return new Result(List.of(), write(request.output(), files));
    }

    private interface Reader<T> {
        List<T> read(Json.Value root);
    }

    private static <T> List<T> read(Path file, ExchangeExport export, Reader<T> reader) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("cannot read " + file + ": there is no such file");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            return reader.read(Json.read(bytes, file.toString()));
        } catch (Json.NotJsonException e) {
            export.problem(e.location(), e.getMessage());
            return List.of();
        }
    }

    /** The permission entries of each connector, by identity key; an entry for a connector the export does not hold is a problem. */
    private static Map<String, List<Permission>> permissionsByConnector(List<Connector> connectors, List<Permission> permissions,
            ExchangeExport export) {
        Map<String, List<Permission>> byConnector = new HashMap<>();
        for (Connector connector : connectors) {
            byConnector.put(ExchangeExport.identityKey(connector.identity()), new ArrayList<>());
        }
        for (Permission permission : permissions) {
            List<Permission> entries = byConnector.get(ExchangeExport.identityKey(permission.identity()));
            if (entries == null) {
                export.problem(permission.location(), "the entry is for \"" + ExchangeExport.shown(permission.identity())
                        + "\", which is not a receive connector of the receive-connector export; export both from the same organization");
            } else {
                entries.add(permission);
            }
        }
        for (List<Permission> entries : byConnector.values()) {
            entries.sort(Comparator.comparing(Permission::user, BY_NAME).thenComparing(p -> p.sid() == null ? "" : p.sid())
                    .thenComparing(Permission::deny).thenComparing(p -> String.join(",", p.extendedRights())));
        }
        return byConnector;
    }

    /** The connectors of each server, servers and connectors sorted by name; one product per server, one name per connector. */
    private static Map<String, List<Connector>> byServer(List<Connector> connectors, ExchangeExport export) {
        Map<String, List<Connector>> servers = new TreeMap<>(BY_NAME);
        Map<String, Connector> seen = new HashMap<>();
        for (Connector connector : connectors) {
            List<Connector> server = servers.computeIfAbsent(connector.server(), name -> new ArrayList<>());
            Connector earlier = seen.putIfAbsent(ExchangeExport.identityKey(connector.identity()), connector);
            if (earlier != null) {
                export.problem(connector.location(), "the receive connector " + ExchangeExport.shown(connector.identity()) + " appears twice (also at line "
                        + earlier.location().line() + "); export each connector once");
            } else if (!server.isEmpty() && !server.get(0).product().equals(connector.product())) {
                export.problem(connector.location(), "the server " + ExchangeExport.shown(connector.server()) + " is " + connector.product() + " here but "
                        + server.get(0).product() + " at line " + server.get(0).location().line() + "; export all connectors in one run");
            } else {
                server.add(connector);
            }
        }
        servers.values().forEach(list -> list.sort(Comparator.comparing(Connector::name, BY_NAME)));
        return servers;
    }

    private static String serverYaml(Request request, List<Connector> connectors, Map<String, List<Permission>> permissions) {
        Connector first = connectors.get(0);
        YamlText yaml = header(request, "The receive connectors of " + first.server() + ", imported from "
                + request.receiveConnectors().getFileName() + (request.adPermissions() == null ? "" : " and " + request.adPermissions().getFileName())
                + " by mailguard import exchange.", "A new import rewrites this file. Roles are inferred where Exchange does not record them (docs/import-exchange.md).");
        yaml.key(0, "servers");
        yaml.item(2, "name", first.server());
        yaml.entry(4, "product", first.product());
        yaml.key(4, "receiveConnectors");
        for (Connector connector : connectors) {
            List<Permission> entries = permissions.get(ExchangeExport.identityKey(connector.identity()));
            boolean anonymousRelay = AcceptAnyRecipient.heldByAnonymousSenders(connector.permissionGroups(), connector.authMechanism(), entries);
            yaml.item(6, "name", connector.name());
            if (connector.transportRole() != null) {
                yaml.entry(8, "transportRole", connector.transportRole());
            }
            yaml.entry(8, "role", ConnectorRole.infer(connector.product(), connector.name(), connector.transportRole(), anonymousRelay).written());
            yaml.quotedList(8, "bindings", connector.bindings());
            yaml.quotedList(8, "remoteIPRanges", connector.remoteIPRanges());
            yaml.flowList(8, "permissionGroups", connector.permissionGroups());
            yaml.flowList(8, "authMechanism", connector.authMechanism());
            if (connector.requireTLS() != null) {
                yaml.entry(8, "requireTLS", connector.requireTLS());
            }
            if (!entries.isEmpty()) {
                yaml.key(8, "adPermissions");
                for (Permission entry : entries) {
                    yaml.item(10, "user", entry.user());
                    String sid = entry.sid() != null ? entry.sid()
                            : WellKnownPrincipal.of(entry.user()).map(WellKnownPrincipal::sid).orElse(null);
                    if (sid != null) {
                        yaml.entry(12, "sid", sid.toUpperCase(Locale.ROOT));
                    }
                    yaml.flowList(12, "extendedRights", entry.extendedRights().stream().sorted(BY_NAME).toList());
                    yaml.entry(12, "deny", entry.deny());
                }
            }
        }
        return yaml.toString();
    }

    private static String acceptedDomainsYaml(Request request, List<AcceptedDomain> domains) {
        YamlText yaml = header(request, "The accepted domains, imported from " + request.acceptedDomains().getFileName()
                + " by mailguard import exchange.", "A new import rewrites this file.");
        yaml.key(0, "acceptedDomains");
        for (AcceptedDomain domain : domains.stream().sorted(Comparator.comparing(AcceptedDomain::name, BY_NAME)).toList()) {
            yaml.item(2, "name", domain.name());
            yaml.entry(4, "domainName", domain.domainName());
            yaml.entry(4, "domainType", domain.domainType());
        }
        return yaml.toString();
    }

    private static YamlText header(Request request, String what, String note) {
        return new YamlText()
                .comment(0, what)
                .comment(0, note)
                .entry(0, "apiVersion", "mailguard/v1")
                .entry(0, "organization", request.organization().strip());
    }

    /** {@code EX19-01.yaml}; characters a file name cannot hold on every system become {@code _}. */
    static String fileName(String server) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < server.length(); i++) {
            char c = server.charAt(i);
            name.append(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' ? c : '_');
        }
        return (name.toString().equalsIgnoreCase("accepted-domains") ? "server-" + name : name) + ".yaml";
    }

    /** Writes each file through a temporary file in the folder, moved into place, so that no file is ever half written. */
    private static List<Path> write(Path output, Map<String, String> files) {
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            String clash = byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            if (clash != null) {
                throw new UsageException("the servers of " + clash + " and " + name + " would share one file on a system that ignores case;"
                        + " import them into separate folders");
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UsageException("cannot create the output folder " + output + ": " + e.getMessage(), e);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = output.resolve(file.getKey());
            try {
                Path temporary = Files.createTempFile(output, ".mailguard-import-", ".tmp");
                try {
                    Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
                    move(temporary, target);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException e) {
                throw new UsageException("cannot write " + target + ": " + e.getMessage(), e);
            }
            written.add(target);
        }
        return List.copyOf(written);
    }

    private static void move(Path from, Path to) throws IOException {
        if (Files.isSymbolicLink(to)) {
            throw new IOException("it is a symbolic link; MailGuard does not write through links");
        }
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
