package io.mailguard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a benchmark corpus of Postfix servers, the counterpart of {@link CorpusGenerator}'s virtual servers:
 * {@code files} server files ({@code server-00001.yaml}…) of one Postfix server each, with {@code servicesPerFile}
 * {@code inet} {@code smtpd} services written inline (as Ansible roles keep them): the port-25 edge, submission
 * and submissions with authentication required, and internal relay ports for the hubs, each with its
 * {@code -o} overrides; plus {@code organization.yaml}. With {@code --config-directory} each server's
 * settings are written as {@code postfix/server-00001/main.cf} and {@code master.cf} instead, which the YAML
 * names. Clean: no finding at all. Deterministic.
 *
 * <pre>java -cp mailguard-bench.jar io.mailguard.bench.PostfixCorpusGenerator DIR FILES SERVICES [--config-directory]</pre>
 */
public final class PostfixCorpusGenerator {

    private PostfixCorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4 || args.length == 4 && !args[3].equals("--config-directory")) {
            System.err.println("usage: PostfixCorpusGenerator DIR FILES SERVICES_PER_FILE [--config-directory]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        int files = Integer.parseInt(args[1]);
        int services = Integer.parseInt(args[2]);
        boolean directories = args.length == 4;
        long bytes = 0;
        for (int i = 1; i <= files; i++) {
            String name = String.format("server-%05d", i);
            if (directories) {
                Path config = Files.createDirectories(dir.resolve("postfix").resolve(name));
                bytes += write(config.resolve("main.cf"), mainCf(i));
                bytes += write(config.resolve("master.cf"), masterCf(i, services));
                bytes += write(dir.resolve(name + ".yaml"), header(i) + roles(i, services)
                        + "    postfix:\n      configDirectory: postfix/" + name + "\n");
            } else {
                bytes += write(dir.resolve(name + ".yaml"), inline(i, services));
            }
        }
        bytes += write(dir.resolve("organization.yaml"), """
                apiVersion: mailguard/v1
                organization: bench
                accountPolicy:
                  guestAccount: disabled
                  passwordPolicy: {minimumLength: 14, complexity: true, maximumAgeDays: 90, lockoutThreshold: 10}
                """);
        System.out.printf("wrote %d server files + organization.yaml (%,d bytes, %d smtpd services) to %s%n", files, bytes,
                files * services, dir);
    }

    private static long write(Path file, String text) {
        try {
            Files.writeString(file, text);
            return text.length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(int index) {
        return "apiVersion: mailguard/v1\norganization: bench\nservers:\n  - name: " + String.format("MX%05d", index)
                + "\n    product: postfix\n    mailboxes: " + (100 + index % 900) + "\n";
    }

    /** Service {@code j}: its name, and its overrides as {@code name=value} pairs. */
    private static String[][] service(int index, int j) {
        int a = index % 250;
        int b = j % 250;
        return switch (j) {
            case 0 -> new String[][] {{"smtp"}};
            case 1 -> new String[][] {{"submission"}, {"syslog_name", "postfix/submission"},
                    {"smtpd_tls_security_level", "encrypt"}, {"smtpd_sasl_auth_enable", "yes"},
                    {"smtpd_tls_auth_only", "yes"}, {"smtpd_client_restrictions", ""},
                    {"smtpd_recipient_restrictions", "permit_sasl_authenticated,reject"}};
            case 2 -> new String[][] {{"submissions"}, {"syslog_name", "postfix/submissions"},
                    {"smtpd_tls_wrappermode", "yes"}, {"smtpd_sasl_auth_enable", "yes"},
                    {"smtpd_client_restrictions", ""}, {"smtpd_recipient_restrictions", "permit_sasl_authenticated,reject"}};
            default -> new String[][] {{"10." + a + "." + b + ".5:2525"}, {"syslog_name", "postfix/hub" + j},
                    {"mynetworks", "127.0.0.0/8 10." + a + "." + b + ".10 10." + a + "." + b + ".11"},
                    {"smtpd_client_restrictions", "permit_mynetworks,reject"}};
        };
    }

    private static String parameters(int index) {
        int a = index % 250;
        return "compatibility_level: \"3.6\"\nmyhostname: mx" + index + ".bench.example\nmydomain: bench.example\n"
                + "mydestination: $myhostname, localhost.$mydomain, localhost\nrelay_domains: $mydomain\n"
                + "mynetworks: 127.0.0.0/8 [::1]/128 10." + a + ".0.10\n"
                + "smtpd_tls_security_level: may\nsmtpd_sasl_type: dovecot\nsmtpd_sasl_path: private/auth\n"
                + "smtpd_relay_restrictions: permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination\n"
                + "smtpd_recipient_restrictions: reject_non_fqdn_recipient, reject_unknown_recipient_domain\n";
    }

    /** The hubs' relay ports are internal. */
    private static String roles(int index, int services) {
        StringBuilder out = new StringBuilder(services > 3 ? "    roles:\n" : "");
        for (int j = 3; j < services; j++) {
            out.append("      \"").append(service(index, j)[0][0]).append("\": internal\n");
        }
        return out.toString();
    }

    static String inline(int index, int services) {
        StringBuilder out = new StringBuilder(services * 300).append(header(index)).append(roles(index, services));
        out.append("    postfix:\n      parameters:\n");
        parameters(index).lines().forEach(line -> out.append("        ").append(line).append('\n'));
        out.append("      services:\n");
        for (int j = 0; j < services; j++) {
            String[][] service = service(index, j);
            out.append("        - service: \"").append(service[0][0]).append("\"\n")
                    .append("          type: inet\n          command: smtpd\n");
            if (service.length > 1) {
                out.append("          options:\n");
                for (int k = 1; k < service.length; k++) {
                    out.append("            ").append(service[k][0]).append(": \"").append(service[k][1]).append("\"\n");
                }
            }
        }
        return out.toString();
    }

    static String mainCf(int index) {
        StringBuilder out = new StringBuilder();
        parameters(index).lines().forEach(line -> {
            int colon = line.indexOf(": ");
            out.append(line, 0, colon).append(" = ").append(line.substring(colon + 2).replace("\"", "")).append('\n');
        });
        return out.toString();
    }

    static String masterCf(int index, int services) {
        StringBuilder out = new StringBuilder("# service type  private unpriv  chroot  wakeup  maxproc command + args\n");
        for (int j = 0; j < services; j++) {
            String[][] service = service(index, j);
            out.append(service[0][0]).append(" inet n - y - - smtpd\n");
            for (int k = 1; k < service.length; k++) {
                out.append("  -o ").append(service[k][0]).append('=').append(service[k][1]).append('\n');
            }
        }
        return out.append("pickup unix n - y 60 1 pickup\ncleanup unix n - y - 0 cleanup\n").toString();
    }
}
