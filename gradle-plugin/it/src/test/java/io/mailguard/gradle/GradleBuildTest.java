package io.mailguard.gradle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real Gradle builds of small projects that apply {@code io.mailguard} from a Maven repository holding
 * what a release publishes (the parent POM, the plugin, its marker), offline. A release's POMs are this
 * build's with the version a release gives them: the build's own without {@code -SNAPSHOT}, since Gradle's
 * {@code plugins { }} block takes no snapshot. Skipped, visibly, where no {@code gradle} is installed.
 */
class GradleBuildTest {

    private static final Path ROOT = Path.of(System.getProperty("mailguard.root", "../.."));
    private static final String BUILD_VERSION = System.getProperty("mailguard.version");
    private static final String VERSION = BUILD_VERSION.replace("-SNAPSHOT", "");
    private static final String JUNIT_VERSION = System.getProperty("junit.version");
    private static final Path WORK = Path.of("target").toAbsolutePath();
    private static final Path GRADLE_HOME = WORK.resolve("gradle-home");

    private static Path gradle;
    private static Path repository;

    @BeforeAll
    static void publishThePlugin() throws IOException {
        gradle = onPath("gradle");
        assumeTrue(gradle != null, "SKIPPED: no `gradle` on the PATH; the Gradle plugin's builds are not run");
        Path jar = ROOT.resolve("gradle-plugin/target/mailguard-gradle-plugin-" + BUILD_VERSION + ".jar");
        assertTrue(Files.isRegularFile(jar), "the plugin is built first: " + jar);
        repository = WORK.resolve("gradle-repo");
        deleteTree(repository);
        deleteTree(WORK.resolve("gradle-cache"));
        publish("mailguard-parent", ROOT.resolve("pom.xml"), null);
        publish("mailguard-gradle-plugin", ROOT.resolve("gradle-plugin/target/dependency-reduced-pom.xml"), jar);
        publish("io.mailguard.gradle.plugin", ROOT.resolve("gradle-plugin/marker/pom.xml"), null);
        // the parent imports JUnit's BOM, so Gradle reads that too, as Maven Central serves it
        Path bom = Path.of(System.getProperty("maven.repo.local.path"), "org/junit/junit-bom", JUNIT_VERSION,
                "junit-bom-" + JUNIT_VERSION + ".pom");
        Path bomCopy = Files.createDirectories(repository.resolve("org/junit/junit-bom/" + JUNIT_VERSION))
                .resolve(bom.getFileName());
        Files.copy(bom, bomCopy, StandardCopyOption.REPLACE_EXISTING);
    }

    @AfterAll
    static void stopTheDaemon() throws Exception {
        if (gradle != null) {
            gradle(WORK, "--stop");
        }
    }

    @Test
    void anInsecureProjectFailsTheCheckWithLocatedFindings() throws Exception {
        Path project = project("insecure");

        Run run = gradle(project, "check");

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(
                "src/main/mail/hub.yaml:15:22: error MG003 anonymous-internal: EXCH02/Internal SMTP is an internal virtual server"
                + " and allows anonymous access"), run.output());
        assertTrue(run.output().contains("src/main/mail/connectors.yaml:8:20: error MG002 connector-relay:"), run.output());
        assertTrue(run.output().contains("src/main/mail/hub.yaml:21:20: warning MG014 broad-submit-relay-permissions:"),
                "severities from mailguard { } apply: " + run.output());
        assertTrue(run.output().contains("MailGuard checked 5 files (3 servers, 3 virtual servers): 12 errors, 6 warnings, 0 info."),
                run.output());
        assertTrue(run.output().contains("Execution failed for task ':mailguardCheck'."), run.output());
        assertTrue(run.output().contains("MailGuard found 12 finding(s) at or above failOn=error"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
        try (Stream<Path> reports = Files.list(project.resolve("build/mailguard"))) {
            assertEquals(List.of("mailguard-codequality.json", "mailguard.sarif"),
                    reports.map(p -> p.getFileName().toString()).sorted().toList(), "the formats of mailguard { }");
        }
    }

    @Test
    void aSecureProjectPassesIsUpToDateUntilAnInputChangesAndComesFromTheCache() throws Exception {
        Path project = project("secure");

        Run first = gradle(project, "check");
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("MailGuard checked 5 files (3 servers, 3 virtual servers): 0 errors, 0 warnings, 0 info."),
                first.output());
        for (String report : List.of("mailguard.sarif", "mailguard-junit.xml", "mailguard.json", "mailguard.html")) {
            assertTrue(Files.size(project.resolve("build/mailguard/" + report)) > 0, report);
        }

        Run second = gradle(project, "check");
        assertEquals(0, second.exit(), second.output());
        assertTrue(outcome(second, "UP-TO-DATE"), second.output());

        Path hub = project.resolve("src/main/mail/hub.yaml");
        Files.writeString(hub, Files.readString(hub).replace("anonymous: false", "anonymous: true"));
        Run changed = gradle(project, "check");
        assertEquals(1, changed.exit(), changed.output());
        assertTrue(outcome(changed, "FAILED"), changed.output());
        assertTrue(changed.output().contains("src/main/mail/hub.yaml:16:22: error MG003 anonymous-internal:"), changed.output());

        Files.writeString(hub, Files.readString(hub).replace("anonymous: true", "anonymous: false"));
        Run restored = gradle(project, "clean", "check");
        assertEquals(0, restored.exit(), restored.output());
        assertTrue(outcome(restored, "FROM-CACHE"),
                "the first run's reports come back from the build cache: " + restored.output());
        assertTrue(Files.size(project.resolve("build/mailguard/mailguard.html")) > 0);
    }

    @Test
    void aPreMergeCheckFailsOnlyOnFindingsTheRevisionDidNotHave() throws Exception {
        Path git = onPath("git");
        assumeTrue(git != null, "SKIPPED: no `git` on the PATH; the pre-merge build is not run");
        Path project = project("secure", "pre-merge");
        Files.writeString(project.resolve("build.gradle"), "\nmailguard { newSince = 'HEAD' }\n", StandardOpenOption.APPEND);
        git(project, git, "init", "-q");
        commit(project, git, "the secure topology");
        Path hub = project.resolve("src/main/mail/hub.yaml");
        Files.writeString(hub, Files.readString(hub).replace("anonymous: false", "anonymous: true"));

        Run added = gradle(project, "check");
        assertEquals(1, added.exit(), added.output());
        assertTrue(added.output().contains("src/main/mail/hub.yaml:16:22: error MG003 anonymous-internal:"), added.output());

        commit(project, git, "the open hub, accepted");
        Run accepted = gradle(project, "check");
        assertEquals(0, accepted.exit(), accepted.output());
        assertTrue(accepted.output().contains("0 errors, 0 warnings, 0 info, 1 suppressed."), accepted.output());
        assertFalse(outcome(accepted, "UP-TO-DATE"), "a revision name may move, so a pre-merge check always runs");
    }

    @Test
    void policiesAndPolicyPacksJudgeTheSourcesAndAreInputs() throws Exception {
        Path project = project("secure", "policies");
        Files.createDirectories(project.resolve("mail-policies"));
        Files.writeString(project.resolve("mail-policies/acme.yaml"), """
                policies:
                  - id: ACME010
                    name: relay-hosts-named
                    severity: error
                    appliesTo: smtpVirtualServer
                    require: self.relay.hosts.all(h, !h.contains("/"))
                    at: relay.hosts
                    message: "{name} lets a whole range relay; name the hosts"
                """);
        Path pack = project.resolve("packs/acme-pack.jar");
        Files.createDirectories(pack.getParent());
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(pack))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/mailguard/policies/pack.yaml"));
            zip.write("""
                    policies:
                      - id: ACME011
                        name: mailbox-servers-small
                        severity: warning
                        appliesTo: server
                        require: self.mailboxes <= 300
                        message: "{name} hosts more than 300 mailboxes"
                    """.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(project.resolve("build.gradle"), "\nmailguard { policies = files('mail-policies') }\n"
                + "dependencies { mailguardPolicies files('packs/acme-pack.jar') }\n", StandardOpenOption.APPEND);

        Run first = gradle(project, "check");
        assertEquals(1, first.exit(), first.output());
        assertTrue(first.output().contains("src/main/mail/hub.yaml:21:18: error ACME010 relay-hosts-named: EXCH02/Internal SMTP"
                + " lets a whole range relay; name the hosts"), first.output());
        assertTrue(first.output().contains("warning ACME011 mailbox-servers-small: EXCH02 hosts more than 300 mailboxes"), first.output());

        Files.writeString(project.resolve("mail-policies/acme.yaml"),
                Files.readString(project.resolve("mail-policies/acme.yaml")).replace("severity: error", "severity: info"));
        Run changed = gradle(project, "check");
        assertEquals(0, changed.exit(), "a changed policy file re-runs the check: " + changed.output());
        assertTrue(changed.output().contains("info ACME010 relay-hosts-named:"), changed.output());
        assertTrue(outcome(gradle(project, "check"), "UP-TO-DATE"));
    }

    private static void commit(Path project, Path git, String message) throws Exception {
        git(project, git, "add", "-A");
        git(project, git, "-c", "user.name=MailGuard", "-c", "user.email=tests@mailguard.invalid", "commit", "-q", "-m", message);
    }

    private static void git(Path project, Path git, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(git.toString()));
        command.addAll(List.of(arguments));
        Run run = run(project, command.toArray(String[]::new));
        assertEquals(0, run.exit(), String.join(" ", command) + ": " + run.output());
    }

    @Test
    void checkingNothingIsAnErrorThatSaysHowToAllowIt() throws Exception {
        Path project = project("empty");

        Run run = gradle(project, "check");

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("mailguard: src/main/mail does not exist; point mailguard { sourceDirectory } at"
                + " the configuration, or set mailguard { allowEmpty = true } where there is none yet"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace: " + run.output());
    }

    /** True when the run reports this outcome of the task, as Gradle 4 ({@code :task}) or later ({@code > Task :task}) do. */
    private static boolean outcome(Run run, String outcome) {
        return Pattern.compile("(?m)^(> Task )?:mailguardCheck " + outcome + "$").matcher(run.output()).find();
    }

    /** A copy of a test project under {@code target/}, its build naming this version and the repository. */
    private static Path project(String name) throws IOException {
        return project(name, name);
    }

    private static Path project(String name, String folder) throws IOException {
        Path source = Path.of("src/test/projects", name);
        Path target = WORK.resolve("gradle-projects/" + folder);
        deleteTree(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, Files.readString(file)
                        .replace("@version@", VERSION)
                        .replace("@repository@", repository.toUri().toString()));
            }
        }
        // a build cache of this test's own, so that a clean build can take the reports from it
        Files.writeString(target.resolve("settings.gradle"), "\nbuildCache { local { directory = new File('"
                + WORK.resolve("gradle-cache").toString().replace("\\", "/") + "') } }\n", StandardOpenOption.APPEND);
        Files.writeString(target.resolve("gradle.properties"), "org.gradle.caching=true\n");
        return target;
    }

    /** Lays out one artifact as a Maven repository does. */
    private static void publish(String artifactId, Path pom, Path jar) throws IOException {
        Path directory = Files.createDirectories(repository.resolve("io/mailguard/" + artifactId + "/" + VERSION));
        String base = artifactId + "-" + VERSION;
        Files.writeString(directory.resolve(base + ".pom"), Files.readString(pom)
                .replace("<version>" + BUILD_VERSION + "</version>", "<version>" + VERSION + "</version>"));
        if (jar != null) {
            Files.copy(jar, directory.resolve(base + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run gradle(Path project, String... tasks) throws Exception {
        List<String> command = new ArrayList<>(List.of(gradle.toString(), "--offline", "--console=plain",
                "--gradle-user-home", GRADLE_HOME.toString(), "--project-dir", project.toString()));
        command.addAll(List.of(tasks));
        return run(project, command.toArray(String[]::new));
    }

    private static Run run(Path directory, String... command) throws Exception {
        Path log = Files.createTempFile(WORK, "run", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
        }
        Run run = new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        Files.delete(log);
        return run;
    }

    private static Path onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
