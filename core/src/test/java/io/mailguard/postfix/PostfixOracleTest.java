package io.mailguard.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.FailOn;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.load.LoadLimits;
import io.mailguard.postfix.SmtpdAnalysis.Probe;
import io.mailguard.postfix.SmtpdAnalysis.RelayKind;
import io.mailguard.postfix.SmtpdAnalysis.RelayVerdict;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The oracle: the real Postfix (Debian's, 3.7) judges MailGuard's reading of main.cf and master.cf.
 *
 * <p>Every configuration of {@link PostfixOracleCorpus} runs as one {@code smtpd} service on its own loopback
 * port of one Postfix instance (reloaded for each group of services that share a main.cf). A probe session
 * claims a client address through XCLIENT: from outside MailGuard's relay scope a {@code RCPT TO} for a
 * foreign domain must be refused unless MailGuard says the service is an open relay (then it must get 250,
 * with MailGuard's witness HELO and sender); from inside each range of the scope it must get 250; and a
 * service MailGuard finds without a working guard (MG018) must make smtpd refuse to start. A second oracle
 * compares the values MailGuard reads with {@code postconf -n}, {@code postconf -x -n} and {@code postconf -P}.
 * The verdicts are also checked as the user sees them: the whole engine, given the same files through a YAML
 * {@code configDirectory}, reports MG001 for exactly the open services and MG018 for exactly those without a guard.
 * Skipped, visibly, where Postfix is not installed or the tests do not run as root.
 */
@Tag("oracle")
class PostfixOracleTest {

    private static final Path POSTFIX = Path.of("/usr/sbin/postfix");
    private static final Path POSTCONF = Path.of("/usr/sbin/postconf");
    /** Addresses a stranger may come from; one outside every scope range is used. */
    private static final List<String> OUTSIDE = List.of("203.0.113.7", "198.51.100.7", "100.64.0.7", "172.31.255.7");
    private static final long SESSION_MILLIS = 4000;
    private static final long LISTEN_MILLIS = 10000;

    private static Path root;
    private static boolean running;

    @BeforeAll
    static void postfixAvailable() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(POSTFIX) && Files.isExecutable(POSTCONF),
                "Postfix is not installed (/usr/sbin/postfix): skipping the Postfix oracle");
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "not running as root: Postfix cannot be started, skipping the Postfix oracle");
        root = Files.createTempDirectory(Path.of("/tmp"), "mailguard-postfix-oracle-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        for (String dir : List.of("etc", "queue", "data")) {
            Files.createDirectories(root.resolve(dir));
        }
        run(List.of("chown", "postfix", root.resolve("data").toString()));
    }

    @AfterAll
    static void stopPostfix() throws IOException {
        if (running) {
            running = false;
            Process status = new ProcessBuilder(POSTFIX.toString(), "-c", etc().toString(), "status")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (status.waitFor(60, TimeUnit.SECONDS) && status.exitValue() == 0) {
                    stop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (root != null) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void relayVerdictsAgreeWithTheRunningPostfix() throws IOException {
        long started = System.nanoTime();
        List<String> disagreements = new ArrayList<>();
        Map<RelayKind, Integer> kinds = new EnumMap<>(RelayKind.class);
        int configurations = 0;
        int relayedForStrangers = 0;
        int port = freePorts(PostfixOracleCorpus.groups().stream().mapToInt(PostfixOracleCorpus.Group::size).sum());
        for (PostfixOracleCorpus.Group group : PostfixOracleCorpus.groups()) {
            PostfixOracleCorpus.Files files = group.files(root, port);
            writeConfiguration(files);
            if (running) {
                run(List.of(POSTFIX.toString(), "-c", etc().toString(), "reload"));
                sleep(300);
                run(List.of(POSTFIX.toString(), "-c", etc().toString(), "status"));
            } else {
                run(List.of(POSTFIX.toString(), "-c", etc().toString(), "start"));
                running = true;
            }
            PostfixConfig config = PostfixConfig.parse("main.cf", files.mainCf(), "master.cf", files.masterCf());
            assertEquals(List.of(), config.problems().stream().map(ConfigProblem::toString).toList(), group.name());
            Map<String, Set<String>> reported = reported(files);
            for (MasterService service : config.smtpdServices()) {
                configurations++;
                String name = group.name() + "/" + files.caseName(service.service());
                RelayVerdict verdict = RelayAnalysis.analyse(config, service).relay();
                kinds.merge(verdict.kind(), 1, Integer::sum);
                Set<String> rules = reported.getOrDefault("ORACLE/" + service.service(), Set.of());
                if (rules.contains("MG001") != (verdict.kind() == RelayKind.OPEN)
                        || rules.contains("MG018") != (verdict.kind() == RelayKind.NO_GUARD)) {
                    disagreements.add(name + ": verdict " + verdict.kind() + " but the check reports " + rules);
                }
                Judgement judgement = judge(name, service, verdict, files.syslogName(service.service()));
                disagreements.addAll(judgement.disagreements());
                relayedForStrangers += judgement.strangerRelayed() ? 1 : 0;
            }
            port += group.size();
        }
        stop();
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println("Postfix oracle: " + configurations + " configurations in " + seconds + " s, verdicts " + kinds
                + "; Postfix relayed for a client at a public address in " + relayedForStrangers);
        assertEquals(List.of(), disagreements);
        assertTrue(configurations >= 150, "the corpus holds " + configurations + " configurations");
        assertTrue(kinds.getOrDefault(RelayKind.OPEN, 0) > 10 && kinds.getOrDefault(RelayKind.NO_GUARD, 0) > 10
                && kinds.getOrDefault(RelayKind.GUARDED, 0) > 10, "the corpus covers every verdict: " + kinds);
    }

    /**
     * The check's relay findings per service: MG018, and MG001 for a service every stranger relays through (not
     * for an Internet-wide {@code mynetworks}, which the scope probes judge), from the whole engine.
     */
    private static Map<String, Set<String>> reported(PostfixOracleCorpus.Files files) throws IOException {
        Path project = Files.createDirectories(root.resolve("project-" + files.group()));
        Files.createDirectories(project.resolve("postfix"));
        Files.writeString(project.resolve("postfix/main.cf"), files.mainCf());
        Files.writeString(project.resolve("postfix/master.cf"), files.masterCf());
        Path yaml = Files.writeString(project.resolve("mail.yaml"), """
                apiVersion: mailguard/v1
                organization: oracle
                servers:
                  - name: ORACLE
                    product: postfix
                    postfix: {configDirectory: postfix}
                """);
        Map<String, Set<String>> reported = new TreeMap<>();
        new MailGuard().check(new CheckRequest(project, List.of(yaml), FailOn.NEVER, SeverityOverrides.NONE,
                LocalDate.of(2026, 12, 2), LoadLimits.DEFAULT)).findings().stream()
                .filter(f -> f.rule().id().equals("MG018") || f.rule().id().equals("MG001") && !f.property().equals("mynetworks"))
                .forEach(f -> reported.computeIfAbsent(f.object(), o -> new HashSet<>()).add(f.rule().id()));
        return reported;
    }

    @Test
    void parameterValuesAgreeWithPostconf() throws IOException {
        int port = 36000;
        List<String> disagreements = new ArrayList<>();
        for (PostfixOracleCorpus.Group group : PostfixOracleCorpus.groups()) {
            PostfixOracleCorpus.Files files = group.files(root, port);
            port += group.size();
            writeConfiguration(files);
            PostfixConfig config = PostfixConfig.parse("main.cf", files.mainCf(), "master.cf", files.masterCf());
            EffectiveParameters main = EffectiveParameters.of(config, null);
            Map<String, String> raw = new TreeMap<>();
            Map<String, String> expanded = new TreeMap<>();
            Set<String> referenced = new HashSet<>();
            config.mainCf().forEach(p -> Expansion.references(p.text()).forEach(r -> referenced.add(r.name())));
            config.services().forEach(service -> service.overrides()
                    .forEach(p -> Expansion.references(p.text()).forEach(r -> referenced.add(r.name()))));
            for (String name : config.parameters().keySet()) {
                // postconf -n shows the parameters it knows, and those a value refers to
                if (PostfixDefaults.known(name) || referenced.contains(name)) {
                    raw.put(name, spaced(config.parameters().get(name).text()));
                    expanded.put(name, spaced(main.expanded(name).text()));
                }
            }
            Map<String, String> overrides = new TreeMap<>();
            for (MasterService service : config.services()) {
                service.overrides().forEach(p -> overrides.put(service.key() + "/" + p.name(), spaced(p.text())));
            }
            compare(group.name() + ": postconf -n", raw, postconf("-n"), disagreements);
            compare(group.name() + ": postconf -x -n", expanded, postconf("-x", "-n"), disagreements);
            compare(group.name() + ": postconf -P", overrides, postconf("-P"), disagreements);
            // the defaults for the group's compatibility level, or the group's own values, expanded
            List<String> modelled = PostfixDefaults.modelled().stream().sorted().toList();
            Map<String, String> effective = new TreeMap<>();
            modelled.forEach(name -> effective.put(name, spaced(main.expanded(name).text())));
            List<String> options = new ArrayList<>(List.of("-x"));
            options.addAll(modelled);
            compare(group.name() + ": postconf -x " + String.join(" ", modelled), effective,
                    postconf(options.toArray(String[]::new)), disagreements);
        }
        assertEquals(List.of(), disagreements);
    }

    /** The first of {@code count} consecutive loopback ports that nothing listens on (another build may run beside this one). */
    private static int freePorts(int count) throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 20; attempt++) {
            // below the kernel's ephemeral ports (32768 and up), which outgoing connections take at any moment
            int first = 10000 + random.nextInt(20000);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    free = socket.getLocalPort() == port;
                } catch (IOException e) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no " + count + " free loopback ports in a row");
    }

    /**
     * What the oracle found for one configuration.
     *
     * @param disagreements where Postfix and MailGuard differ
     * @param strangerRelayed whether Postfix relayed for the probe from a public address
     */
    private record Judgement(List<String> disagreements, boolean strangerRelayed) {
    }

    /** What the running Postfix does with this service, against MailGuard's verdict. */
    private static Judgement judge(String name, MasterService service, RelayVerdict verdict, String syslogName)
            throws IOException {
        int port = Integer.parseInt(service.service().substring(service.service().lastIndexOf(':') + 1));
        List<String> wrong = new ArrayList<>();
        // With an Internet-wide scope every candidate is inside: the stranger is then probed from 203.0.113.7.
        String outside = OUTSIDE.stream().filter(a -> !PostfixOracleCorpus.inScope(a, verdict.scope())).findFirst()
                .orElse(OUTSIDE.get(0));
        boolean strangerInScope = PostfixOracleCorpus.inScope(outside, verdict.scope());
        Probe witness = verdict.witness() != null ? verdict.witness() : Probe.STRANGER;
        String reply = session(port, outside, witness, syslogName);
        if (verdict.kind() == RelayKind.NO_GUARD) {
            if (!reply.equals("fatal")) {
                wrong.add(name + ": MailGuard says smtpd refuses to start (MG018), Postfix answered " + reply);
            }
            return new Judgement(wrong, false);
        }
        if (reply.equals("fatal")) {
            wrong.add(name + ": MailGuard says " + verdict.kind() + ", smtpd refused to start");
            return new Judgement(wrong, false);
        }
        if (verdict.kind() == RelayKind.OPEN && !reply.startsWith("250")) {
            wrong.add(name + ": MailGuard says open relay (" + verdict.explanation() + "), Postfix answered " + reply
                    + " from " + outside);
        }
        if (verdict.kind() == RelayKind.GUARDED && !strangerInScope && reply.startsWith("250")) {
            wrong.add(name + ": MailGuard says guarded, Postfix relayed for " + outside);
        }
        for (String inside : PostfixOracleCorpus.insideAddresses(verdict.scope())) {
            String insideReply = session(port, inside, Probe.STRANGER, syslogName);
            if (!insideReply.startsWith("250")) {
                wrong.add(name + ": MailGuard places " + inside + " in the relay scope, Postfix answered " + insideReply);
            }
        }
        return new Judgement(wrong, reply.startsWith("250"));
    }

    /**
     * One probe session; the reply to {@code RCPT TO}, or {@code fatal} when smtpd died before its greeting
     * with the log line Postfix writes for a missing relay guard.
     */
    private static String session(int port, String address, Probe probe, String syslogName) throws IOException {
        try (Socket socket = connect(port)) {
            long deadline = System.currentTimeMillis() + SESSION_MILLIS;
            socket.setSoTimeout(200);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            String greeting = null;
            while (greeting == null) {
                try {
                    greeting = reply(in);
                } catch (SocketTimeoutException e) {
                    if (fatalLogged(syslogName)) {
                        return "fatal";
                    }
                    if (System.currentTimeMillis() > deadline) {
                        return "no greeting within " + SESSION_MILLIS + " ms";
                    }
                }
            }
            if (greeting.equals("EOF") || greeting.equals("reset")) {
                // the smtpd that died may log a moment after the connection closes
                for (int wait = 0; wait < 20 && !fatalLogged(syslogName); wait++) {
                    sleep(100);
                }
                return fatalLogged(syslogName) ? "fatal" : "connection closed before the greeting";
            }
            socket.setSoTimeout((int) Math.max(500, deadline - System.currentTimeMillis()));
            send(out, in, "EHLO probe.example");
            send(out, in, "XCLIENT ADDR=" + address + " NAME=[UNAVAILABLE]");
            send(out, in, "EHLO " + probe.helo());
            send(out, in, "MAIL FROM:<" + probe.sender() + ">");
            String rcpt = send(out, in, "RCPT TO:<" + probe.recipient() + ">");
            send(out, in, "QUIT");
            return rcpt;
        } catch (SocketTimeoutException e) {
            return "no reply within " + SESSION_MILLIS + " ms";
        }
    }

    /** A connection to the service; after a reload the master may take a moment to listen on a new port. */
    private static Socket connect(int port) throws IOException {
        long deadline = System.currentTimeMillis() + LISTEN_MILLIS;
        while (true) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                return socket;
            } catch (ConnectException e) {
                socket.close();
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("Postfix did not listen on port " + port + " within " + LISTEN_MILLIS + " ms", e);
                }
                sleep(100);
            }
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String send(OutputStream out, BufferedReader in, String command) throws IOException {
        out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply(in);
    }

    /** The last line of a (multi-line) reply, {@code EOF}, or {@code reset} when the server reset the connection. */
    private static String reply(BufferedReader in) throws IOException {
        while (true) {
            String line;
            try {
                line = in.readLine();
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (SocketException e) {
                return "reset";
            }
            if (line == null) {
                return "EOF";
            }
            if (line.length() < 4 || line.charAt(3) != '-') {
                return line;
            }
        }
    }

    private static boolean fatalLogged(String syslogName) throws IOException {
        Path log = root.resolve("maillog");
        return Files.exists(log) && Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .anyMatch(l -> l.contains(" " + syslogName + "/smtpd[") && l.contains("specify at least one working instance"));
    }

    private static void writeConfiguration(PostfixOracleCorpus.Files files) throws IOException {
        Files.writeString(etc().resolve("main.cf"), files.mainCf(), StandardCharsets.UTF_8);
        Files.writeString(etc().resolve("master.cf"), files.masterCf(), StandardCharsets.UTF_8);
    }

    private static Path etc() {
        return root.resolve("etc");
    }

    private static Map<String, String> postconf(String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(POSTCONF.toString(), "-c", etc().toString()));
        command.addAll(List.of(options));
        Map<String, String> values = new TreeMap<>();
        for (String line : run(command).split("\n")) {
            int equals = line.indexOf(" = ");
            if (equals > 0 && !line.startsWith("config_directory")) {
                values.put(line.substring(0, equals), spaced(line.substring(equals + 3)));
            } else if (line.endsWith(" =") && !line.isBlank()) {
                values.put(line.substring(0, line.length() - 2), "");
            }
        }
        return values;
    }

    private static void compare(String what, Map<String, String> mailGuard, Map<String, String> postfix, List<String> wrong) {
        if (!mailGuard.equals(postfix)) {
            String differences = postfix.keySet().stream().filter(k -> !postfix.get(k).equals(mailGuard.get(k)))
                    .map(k -> k + ": postconf `" + postfix.get(k) + "`, MailGuard `" + mailGuard.get(k) + "`")
                    .collect(Collectors.joining("; "));
            String extra = mailGuard.keySet().stream().filter(k -> !postfix.containsKey(k)).collect(Collectors.joining(", "));
            wrong.add(what + ": " + differences + (extra.isEmpty() ? "" : "; only MailGuard has " + extra));
        }
    }

    /** White space runs as one space, as postconf prints values. */
    private static String spaced(String value) {
        return value.trim().replaceAll("\\s+", " ");
    }

    private static void stop() throws IOException {
        running = false;
        run(List.of(POSTFIX.toString(), "-c", etc().toString(), "stop"));
    }

    /** Runs a command to its end (at most 60 s) and returns what it printed; its output goes to a file, which a daemon it starts may keep open. */
    private static String run(List<String> command) throws IOException {
        Path output = Files.createTempFile(root, "command-", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + printed);
        }
        return printed;
    }
}
