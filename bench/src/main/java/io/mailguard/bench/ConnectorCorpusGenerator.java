package io.mailguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a benchmark corpus of Exchange 2019 receive connectors, the counterpart of {@link CorpusGenerator}'s
 * virtual servers: {@code files} server files ({@code server-00001.yaml}…) of {@code connectorsPerFile}
 * connectors each, cycling through Exchange's five default connectors and application relays scoped to
 * two printers, plus {@code organization.yaml} with the account policy and accepted domains. Clean: no
 * finding at all. Deterministic.
 *
 * <pre>java -cp mailguard-bench.jar io.mailguard.bench.ConnectorCorpusGenerator DIR FILES CONNECTORS</pre>
 */
public final class ConnectorCorpusGenerator {

    private ConnectorCorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ConnectorCorpusGenerator DIR FILES CONNECTORS_PER_FILE");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int files = Integer.parseInt(args[1]);
        int connectors = Integer.parseInt(args[2]);
        long bytes = 0;
        for (int i = 1; i <= files; i++) {
            bytes += write(dir.resolve(String.format("server-%05d.yaml", i)), server(i, connectors));
        }
        bytes += write(dir.resolve("organization.yaml"), """
                apiVersion: mailguard/v1
                organization: bench
                accountPolicy:
                  guestAccount: disabled
                  passwordPolicy: {minimumLength: 14, complexity: true, maximumAgeDays: 90, lockoutThreshold: 10}
                acceptedDomains:
                  - {name: Bench, domainName: bench.example, domainType: Authoritative}
                  - {name: Partners, domainName: partners.example, domainType: InternalRelay}
                """);
        System.out.printf("wrote %d server files + organization.yaml (%,d bytes) to %s%n", files, bytes, dir);
    }

    private static long write(Path file, String text) {
        try {
            Files.writeString(file, text);
            return text.length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String server(int index, int connectors) {
        String server = String.format("EX%05d", index);
        StringBuilder out = new StringBuilder(connectors * 400)
                .append("apiVersion: mailguard/v1\norganization: bench\nservers:\n")
                .append("  - name: ").append(server).append('\n')
                .append("    product: exchange-2019\n    mailboxes: ").append(100 + index % 900).append('\n')
                .append("    receiveConnectors:\n");
        for (int j = 0; j < connectors; j++) {
            int a = index % 250;
            int b = j % 250;
            switch (j % 6) {
                case 0 -> out.append("      - name: Default Frontend ").append(server).append(j).append('\n')
                        .append("        transportRole: FrontendTransport\n")
                        .append("        bindings: [\"0.0.0.0:25\", \"[::]:25\"]\n")
                        .append("        remoteIPRanges: [\"0.0.0.0-255.255.255.255\", \"::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff\"]\n")
                        .append("        permissionGroups: [AnonymousUsers, ExchangeServers, ExchangeLegacyServers]\n")
                        .append("        authMechanism: [Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer]\n");
                case 1 -> out.append("      - name: Default ").append(server).append(j).append('\n')
                        .append("        transportRole: HubTransport\n")
                        .append("        bindings: [\"0.0.0.0:2525\"]\n")
                        .append("        permissionGroups: [ExchangeUsers, ExchangeServers, ExchangeLegacyServers]\n")
                        .append("        authMechanism: [Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer]\n");
                case 2 -> out.append("      - name: Client Frontend ").append(server).append(j).append('\n')
                        .append("        transportRole: FrontendTransport\n")
                        .append("        bindings: [\"0.0.0.0:587\"]\n")
                        .append("        permissionGroups: [ExchangeUsers]\n")
                        .append("        authMechanism: [Tls, Integrated, BasicAuth, BasicAuthRequireTLS]\n");
                case 3 -> out.append("      - name: Client Proxy ").append(server).append(j).append('\n')
                        .append("        transportRole: HubTransport\n")
                        .append("        bindings: [\"0.0.0.0:465\"]\n")
                        .append("        permissionGroups: [ExchangeUsers, ExchangeServers]\n")
                        .append("        authMechanism: [Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer]\n");
                case 4 -> out.append("      - name: Outbound Proxy Frontend ").append(server).append(j).append('\n')
                        .append("        transportRole: FrontendTransport\n")
                        .append("        bindings: [\"0.0.0.0:717\"]\n")
                        .append("        permissionGroups: [ExchangeServers]\n")
                        .append("        authMechanism: [Tls, Integrated, ExchangeServer]\n");
                default -> out.append("      - name: Printers ").append(server).append(j).append('\n')
                        .append("        transportRole: FrontendTransport\n")
                        .append("        bindings: [\"10.").append(a).append('.').append(b).append(".5:25\"]\n")
                        .append("        remoteIPRanges: [10.").append(a).append('.').append(b).append(".31, 10.")
                        .append(a).append('.').append(b).append(".32]\n")
                        .append("        permissionGroups: [AnonymousUsers]\n")
                        .append("        authMechanism: [Tls]\n")
                        .append("        adPermissions:\n")
                        .append("          - user: NT AUTHORITY\\ANONYMOUS LOGON\n")
                        .append("            sid: S-1-5-7\n")
                        .append("            extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]\n");
            }
        }
        return out.toString();
    }
}
