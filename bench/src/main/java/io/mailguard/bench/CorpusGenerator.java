package io.mailguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a benchmark corpus: one organization ({@code bench}) of {@code files} server files
 * ({@code server-00001.yaml}…), each with one server of {@code virtualServersPerFile} SMTP virtual
 * servers cycling through every role, plus {@code organization.yaml} with the account policy,
 * connectors and distribution lists. The clean corpus has no finding at all; with
 * {@code --plant-findings} a few files carry one known finding each (listed on standard output).
 * Deterministic: the same arguments always give the same bytes.
 *
 * <pre>java -cp mailguard-bench.jar io.mailguard.bench.CorpusGenerator DIR FILES VIRTUAL_SERVERS [--plant-findings]</pre>
 */
public final class CorpusGenerator {

    static final String ORGANIZATION = "bench";
    private static final long SEED = 0x6D61696CL;
    private static final String[] ROLES = {"internet-bridgehead", "internal", "imap-pop", "unspecified"};
    private static final String[] PRODUCTS = {"exchange-2003", "exchange-2003", "exchange-2000", "other"};
    private static final String HEADER = "# yaml-language-server: $schema=../schema/mailguard-v1.schema.json\n";

    private final int files;
    private final int virtualServers;
    private final boolean plant;
    /** Planted finding → the file that has it; empty for a clean corpus. */
    private final Map<String, String> planted = new LinkedHashMap<>();

    public CorpusGenerator(int files, int virtualServers, boolean plant) {
        if (files < 1 || virtualServers < 1) {
            throw new IllegalArgumentException("files and virtual servers per file must be at least 1");
        }
        if (plant && (files < 25 || virtualServers < 4)) {
            throw new IllegalArgumentException("--plant-findings needs at least 25 files of 4 virtual servers");
        }
        this.files = files;
        this.virtualServers = virtualServers;
        this.plant = plant;
    }

    public static void main(String[] args) {
        if (args.length < 3 || args.length > 4 || (args.length == 4 && !args[3].equals("--plant-findings"))) {
            System.err.println("usage: CorpusGenerator DIR FILES VIRTUAL_SERVERS_PER_FILE [--plant-findings]");
            System.exit(2);
        }
        CorpusGenerator generator;
        try {
            generator = new CorpusGenerator(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args.length == 4);
        } catch (IllegalArgumentException e) {
            System.err.println("CorpusGenerator: " + e.getMessage());
            System.exit(2);
            return;
        }
        long bytes = generator.write(Path.of(args[0]));
        System.out.printf("wrote %d server files + organization.yaml (%,d bytes) to %s%n",
                generator.files, bytes, args[0]);
        generator.planted.forEach((rule, file) -> System.out.println("planted " + rule + " in " + file));
    }

    /** Writes the corpus into {@code dir} (created if missing); returns the bytes written. */
    public long write(Path dir) {
        try {
            Files.createDirectories(dir);
            long bytes = 0;
            for (int i = 1; i <= files; i++) {
                bytes += put(dir, serverFileName(i), serverFile(i));
            }
            return bytes + put(dir, "organization.yaml", organizationFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The corpus in memory, file name → UTF-8 bytes, in file order (organization last). */
    public Map<String, byte[]> generate() {
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        for (int i = 1; i <= files; i++) {
            corpus.put(serverFileName(i), serverFile(i).getBytes(StandardCharsets.UTF_8));
        }
        corpus.put("organization.yaml", organizationFile().getBytes(StandardCharsets.UTF_8));
        return corpus;
    }

    /** Planted finding → file name, filled by {@link #write} or {@link #generate}. */
    public Map<String, String> planted() {
        return planted;
    }

    private static long put(Path dir, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(name), bytes);
        return bytes.length;
    }

    static String serverFileName(int i) {
        return String.format("server-%05d.yaml", i);
    }

    static String serverName(int i) {
        return String.format("MBX%05d", i);
    }

    static String virtualServerName(int j) {
        return String.format("SMTP %02d", j + 1);
    }

    /** The file where planted finding number {@code k} of {@code count} goes: spread over the corpus. */
    private int plantedFile(int k, int count) {
        int file = 1 + (int) ((long) files * (2 * k + 1) / (2L * count));
        // a file with MG100 drops out of the topology: keep connectors off planted files
        while (isConnectorTarget(file)) {
            file++;
        }
        return file;
    }

    private int connectors() {
        return Math.min(files, 20);
    }

    private int connectorTarget(int k) {
        return 1 + (int) ((long) files * k / connectors());
    }

    private boolean isConnectorTarget(int file) {
        for (int k = 0; k < connectors(); k++) {
            if (connectorTarget(k) == file) {
                return true;
            }
        }
        return false;
    }

    private boolean plantHere(String rule, int k, int file) {
        if (plant && plantedFile(k, 5) == file && !planted.containsKey(rule)) {
            planted.put(rule, serverFileName(file));
            return true;
        }
        return false;
    }

    String serverFile(int i) {
        SplittableRandom random = new SplittableRandom(SEED * 31 + i);
        StringBuilder out = new StringBuilder(virtualServers * 480 + 256);
        out.append(HEADER)
                .append("apiVersion: mailguard/v1\n")
                .append("organization: ").append(ORGANIZATION).append("\n\n")
                .append("servers:\n")
                .append("  - name: ").append(serverName(i)).append('\n')
                .append("    product: ").append(PRODUCTS[random.nextInt(PRODUCTS.length)]).append('\n')
                .append("    mailboxes: ").append(50 + random.nextInt(950)).append('\n')
                .append("    smtpVirtualServers:\n");
        // planted findings, each once, in different files (MG102 and MG012 go into organization.yaml)
        int anonymousInternal = plantHere("MG003", 0, i) ? 1 : -1;
        int openRelay = plantHere("MG001", 1, i) ? 0 : -1;
        int basicWithoutTls = plantHere("MG015", 2, i) ? 2 : -1;
        int notBoolean = plantHere("MG100", 3, i) ? 1 : -1;
        int a = (i / 250) % 250;
        int b = i % 250;
        for (int j = 0; j < virtualServers; j++) {
            String role = ROLES[j % ROLES.length];
            boolean bridgehead = j % ROLES.length == 0;
            boolean imapPop = j % ROLES.length == 2;
            String anonymous = bridgehead || j == anonymousInternal ? "true" : j == notBoolean ? "yes" : "false";
            boolean basic = imapPop;
            out.append("      - name: ").append(virtualServerName(j)).append('\n')
                    .append("        role: ").append(role).append('\n')
                    .append("        bindings:\n")
                    .append("          - address: ").append(j == 0 ? "all-unassigned" : "10." + a + "." + b + "." + j).append('\n')
                    .append("            port: ").append(bridgehead ? 25 : imapPop ? 587 : 2500 + j).append('\n');
            if (j == 1) {
                out.append("          - address: 2001:db8:").append(Integer.toHexString(i)).append("::").append(j + 1).append('\n')
                        .append("            port: ").append(bridgehead ? 25 : imapPop ? 587 : 2500 + j).append('\n');
            }
            out.append("        authentication:\n")
                    .append("          anonymous: ").append(anonymous).append('\n')
                    .append("          basic: ").append(basic).append('\n');
            if (basic) {
                out.append("          basicRequiresTls: ").append(j != basicWithoutTls).append('\n')
                        .append("          integratedWindows: true\n");
            }
            out.append("        relay:\n")
                    .append("          restriction: ").append(j == openRelay ? "all-except-listed" : "only-listed").append('\n')
                    .append("          hosts: [10.").append(a).append('.').append(b).append(".0/24")
                    .append(j % ROLES.length == 1 ? ", 2001:db8:" + Integer.toHexString(i) + "::/124]\n" : "]\n")
                    .append("          allowAuthenticatedComputers: ").append(imapPop).append('\n')
                    .append("        permissions:\n")
                    .append("          submit: [").append(bridgehead ? "Everyone" : imapPop ? "Remote Mail Users" : "Exchange Servers").append("]\n")
                    .append("          relay: [").append(imapPop ? "Remote Mail Users" : "Exchange Servers").append("]\n");
            if (j == 0 && random.nextInt(4) == 0) {
                out.append("        anonymousAccessException:\n")
                        .append("          reason: Partner servers deliver without authentication\n")
                        .append("          approvedBy: security-team\n")
                        // quoted: ajv-cli reads YAML with js-yaml's default schema, where a bare date is a Date, not a string
                        .append("          expires: \"2099-12-31\"\n");
            }
        }
        return out.toString();
    }

    String organizationFile() {
        StringBuilder out = new StringBuilder(4096);
        out.append(HEADER)
                .append("# Generated benchmark organization: account policy, connectors, distribution lists.\n")
                .append("apiVersion: mailguard/v1\n")
                .append("organization: ").append(ORGANIZATION).append("\n\n")
                .append("accountPolicy:\n")
                .append("  guestAccount: disabled\n")
                .append("  passwordPolicy:\n")
                .append("    minimumLength: 12\n")
                .append("    complexity: true\n")
                .append("    maximumAgeDays: 90\n")
                .append("    lockoutThreshold: 10\n\n")
                .append("connectors:\n");
        int connectors = connectors();
        for (int k = 0; k < connectors; k++) {
            String target = serverName(connectorTarget(k)) + "/" + virtualServerName(0);
            if (plant && k == connectors - 1) {
                target = serverName(files + 1) + "/" + virtualServerName(0);
                planted.put("MG102", "organization.yaml");
            }
            out.append("  - name: Connector ").append(k + 1).append('\n')
                    .append("    sourceVirtualServers: [").append(target).append("]\n")
                    .append("    addressSpaces: [\"").append(k == 0 ? "*" : "partner" + k + ".example").append("\"]\n")
                    .append("    relayDomains: []\n");
        }
        out.append("\ndistributionLists:\n");
        for (List<String> list : List.of(
                List.of("All Employees", "true", "authenticated-users"),
                List.of("Board", "true", "listed-senders", "CEO", "Company Secretary"),
                List.of("Press", "false", "anyone"),
                List.of("Staff Council", plant ? "true" : "false", "anyone"))) {
            out.append("  - name: ").append(list.get(0)).append('\n')
                    .append("    internalOnly: ").append(list.get(1)).append('\n')
                    .append("    acceptMessagesFrom: ").append(list.get(2)).append('\n');
            if (list.size() > 3) {
                out.append("    senders: [").append(String.join(", ", list.subList(3, list.size()))).append("]\n");
            }
        }
        if (plant) {
            planted.put("MG012", "organization.yaml");
        }
        return out.toString();
    }
}
