package io.mailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project file {@code .mailguard.yaml}: each key, the command line winning over it, and its located errors. */
class ProjectFileTest extends CommandLineTest {

    /** The project (a git repository's root, made by the base class) with one insecure file under mail/. */
    @BeforeEach
    void aProjectWithAFinding() throws IOException {
        write("mail/hub.yaml", INSECURE);
    }

    private static final String INSECURE = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH02
                product: exchange-2003
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    authentication: {anonymous: true}
            """;


    /** Each run's output alone: earlier runs' output cleared. */
    @Override
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return super.run(args);
    }

    /** Writes the project file in the project root. */
    private void project(String yaml) throws IOException {
        write(ProjectFile.NAME, yaml);
    }

    private String mail() {
        return dir.resolve("mail").toString();
    }

    @Test
    void withoutAProjectFileTheDefaultsHold() {
        assertEquals(1, run("check", mail()));
        assertTrue(out.toString().contains("hub.yaml:9:37: error MG003"), out.toString());
    }

    @Test
    void failOnAndSeveritiesComeFromTheFile() throws IOException {
        project("failOn: never\n");
        assertEquals(0, run("check", mail()));
        assertTrue(out.toString().contains("error MG003"), "still reported: " + out);

        project("severities:\n  MG003: off\n");
        assertEquals(0, run("check", mail()));
        assertFalse(out.toString().contains("MG003"), out.toString());
    }

    @Test
    void theCommandLineWinsOverTheFile() throws IOException {
        project("failOn: never\nseverities: {MG003: off}\n");
        assertEquals(1, run("check", "--fail-on", "error", "--severity", "MG003=error", mail()));
        assertTrue(out.toString().contains("error MG003"), out.toString());
        // a map merges rule by rule: --severity for another rule leaves the file's MG003 off in place
        assertEquals(0, run("check", "--fail-on", "error", "--severity", "MG014=warning", mail()));
        assertFalse(out.toString().contains("MG003"), out.toString());
    }

    @Test
    void sourceDirectoriesAndPathsAreRelativeToTheFile() throws IOException {
        Path config = write("config/mailguard.yaml", """
                sourceDirectories: [../mail]
                formats: [json, sarif]
                outputDirectory: ../out
                """);
        assertEquals(1, run("check", "--config", config.toString()));
        assertTrue(out.toString().contains("mail/hub.yaml:9:37: error MG003"), out.toString());
        assertTrue(Files.readString(dir.resolve("out/mailguard.json")).contains("\"rule\": \"MG003\""));
        assertTrue(Files.exists(dir.resolve("out/mailguard.sarif")));
        assertFalse(Files.exists(dir.resolve("out/mailguard.html")), "only the formats the file names");
    }

    @Test
    void formatsAndOutputDirectoryOnTheCommandLineReplaceTheFiles() throws IOException {
        project("formats: [json, html]\noutputDirectory: reports\n");
        Path elsewhere = dir.resolve("elsewhere");
        assertEquals(1, run("check", "--format", "junit", "--output-dir", elsewhere.toString(), mail()));
        assertTrue(Files.exists(elsewhere.resolve("mailguard-junit.xml")));
        assertFalse(Files.exists(elsewhere.resolve("mailguard.json")), "the command line's list replaces the file's");
        assertFalse(Files.exists(dir.resolve("reports")));
        assertEquals(1, run("check", mail()));
        assertTrue(Files.exists(dir.resolve("reports/mailguard.json")) && Files.exists(dir.resolve("reports/mailguard.html")));
        assertEquals(1, run("check", "--format", "", mail()));
        assertFalse(out.toString().contains("MailGuard report:"), "an empty --format writes none: " + out);
    }

    @Test
    void includesAndExcludesFromTheFileAndFromTheCommandLine() throws IOException {
        write("mail/legacy/old.yml", INSECURE.replace("EXCH02", "EXCH09"));
        project("includes: ['**/*.yml']\n");
        assertEquals(1, run("check", mail()));
        assertTrue(out.toString().contains("MailGuard checked 1 file"), out.toString());
        assertTrue(out.toString().contains("legacy/old.yml"), out.toString());

        assertEquals(1, run("check", "--include", "**/*.yaml", "--include", "**/*.yml", mail()));
        assertTrue(out.toString().contains("MailGuard checked 2 files"), "the command line's list replaces the file's: " + out);

        project("excludes: [legacy/**]\n");
        assertEquals(1, run("check", mail()));
        assertTrue(out.toString().contains("MailGuard checked 1 file"), out.toString());
        assertFalse(out.toString().contains("old.yml"), out.toString());
        assertEquals(1, run("check", "--exclude", "hub.*", mail()));
        assertTrue(out.toString().contains("MailGuard checked 1 file") && out.toString().contains("old.yml"), out.toString());
    }

    @Test
    void includeAndExcludeWithoutAProjectFile() throws IOException {
        write("mail/legacy/old.yml", INSECURE.replace("EXCH02", "EXCH09"));
        assertEquals(1, run("check", "--exclude", "legacy/**", mail()));
        assertTrue(out.toString().contains("MailGuard checked 1 file"), out.toString());
        assertEquals(2, run("check", "--include", "**/*.json", mail()));
        assertTrue(err.toString().contains("there is no file to check"), err.toString());
        assertEquals(2, run("check", "--include", "[z-a]*", mail()));
        assertTrue(err.toString().contains("mailguard: --include must be a glob; "), err.toString());
    }

    @Test
    void suppressionsAndBaselineFromTheFile() throws IOException {
        write("accepted/suppressions.yaml", """
                suppressions:
                  - rule: MG003
                    target: EXCH02/Internal SMTP
                    reason: the relay host is retired next quarter
                """);
        project("suppressions: accepted/suppressions.yaml\n");
        assertEquals(0, run("check", mail()));
        assertTrue(out.toString().contains("1 suppressed"), out.toString());

        project("baseline: accepted/baseline.yaml\n");
        assertEquals(1, run("check", mail()), "a baseline not yet written is not an error, as in Maven");
        assertEquals(0, run("baseline", mail()));
        assertTrue(Files.exists(dir.resolve("accepted/baseline.yaml")), out.toString());
        assertEquals(0, run("check", mail()));
        assertTrue(out.toString().contains("1 suppressed"), out.toString());
    }

    @Test
    void allowEmptyFromTheFileAndNoAllowEmptyOverIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        project("allowEmpty: true\n");
        assertEquals(0, run("check", empty.toString()));
        assertTrue(out.toString().contains("MailGuard checked 0 files"), out.toString());
        assertEquals(2, run("check", "--no-allow-empty", empty.toString()));
        assertTrue(err.toString().contains("there is no file to check"), err.toString());
    }

    @Test
    void policiesAndPolicyPacksAreSettingsOfTheFile() throws IOException {
        write("policies/acme.yaml", "apiVersion: mailguard/v1\npolicies: []\n");
        Path jar = Files.createDirectories(dir.resolve("lib")).resolve("acme-policies.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/mailguard/policies/acme.yaml"));
            zip.write("""
                    policies:
                      - {id: ACME900, name: named-servers, severity: info, appliesTo: server,
                         require: self.name.size() > 8, message: "{name} has a short name"}
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        project("policies: [policies]\npolicyPacks: [lib/acme-policies.jar]\n");
        assertEquals(1, run("check", mail()));
        assertTrue(out.toString().contains("error MG003"), out.toString());
        assertTrue(out.toString().contains("info ACME900 named-servers:"), "the project file's pack judges: " + out);
        project("policies: [policies]\npolicyPacks: [lib/missing.jar]\n");
        assertEquals(2, run("check", mail()));
    }

    @Test
    void theProjectFileIsNotCheckedAsConfiguration() throws IOException {
        project("failOn: never\n");
        assertEquals(0, run("check", dir.toString()));
        assertTrue(out.toString().contains("MailGuard checked 1 file"), out.toString());
        assertFalse(out.toString().contains(".mailguard.yaml"), out.toString());

        Path only = Files.createDirectories(dir.resolve("only"));
        Path config = write("only/.mailguard.yaml", "failOn: never\n");
        assertEquals(2, run("check", "--config", config.toString(), only.toString()));
        assertTrue(err.toString().contains("there is no file to check"), "checking nothing is not passing: " + err);
    }

    @Test
    void aBadKeyTypeOrValueIsALocatedErrorExitTwo() throws IOException {
        project("""
                failon: warning
                includes: '**/*.yaml'
                failOn: errors
                allowEmpty: yes
                formats: [sarif, xml]
                """);
        assertEquals(2, run("check", mail()));
        String errors = err.toString();
        assertTrue(errors.contains("mailguard: .mailguard.yaml:1:1: unknown key `failon` at the top level; did you mean `failOn`?"), errors);
        assertTrue(errors.contains("mailguard: .mailguard.yaml:2:11: `includes` must be a list, not a string `**/*.yaml`"), errors);
        assertTrue(errors.contains("mailguard: .mailguard.yaml:3:9: `errors` is not a valid `failOn`; did you mean `error`?"), errors);
        assertTrue(errors.contains("mailguard: .mailguard.yaml:4:13: `allowEmpty` must be true or false, not a string `yes`"), errors);
        assertTrue(errors.contains("mailguard: .mailguard.yaml:5:18: `xml` is not a valid `formats[1]`"), errors);
        assertEquals("", out.toString(), "nothing is checked with a project file that is wrong");
        assertFalse(errors.contains("\tat "), errors);
    }

    @Test
    void aBadValueTheSchemaCannotJudgeIsLocatedToo() throws IOException {
        project("severities:\n  MG003: off\n  MG999: warning\n");
        assertEquals(2, run("check", mail()));
        assertTrue(err.toString().contains("mailguard: .mailguard.yaml:3:3: `severities` must name a rule that `mailguard rules` lists,"
                + " such as MG014, or a policy of this check, not 'MG999=warning'"), err.toString());

        project("excludes: [legacy/**, '[z-a]*']\n");
        assertEquals(2, run("check", mail()));
        assertTrue(err.toString().contains("mailguard: .mailguard.yaml:1:23: `excludes` must be a glob; "), err.toString());

        // the same mistake on the command line is the command line's
        project("severities: {MG003: off}\n");
        assertEquals(2, run("check", "--severity", "MG998=off", mail()));
        assertTrue(err.toString().contains("mailguard: --severity must name a rule"), err.toString());
    }

    @Test
    void yamlThatIsNotAProjectFileIsLocated() throws IOException {
        project("failOn: [\n");
        assertEquals(2, run("check", mail()));
        assertTrue(err.toString().startsWith("mailguard: .mailguard.yaml:"), err.toString());
        project("- failOn: never\n");
        assertEquals(2, run("check", mail()));
        assertTrue(err.toString().contains(".mailguard.yaml:1:1: the top level is a list; a project file is a mapping of settings"),
                err.toString());
    }

    @Test
    void aSourceDirectoryThatIsNotThereIsLocated() throws IOException {
        Path config = write("ci/mailguard.yaml", "sourceDirectories:\n  - ../mail\n  - ../mial\n");
        assertEquals(2, run("check", "--config", config.toString()));
        assertTrue(err.toString().contains("mailguard: " + config + ":3:5: `sourceDirectories` names " + dir.resolve("ci/../mial")
                + ", which does not exist; name the folders"), err.toString());
        assertEquals(1, run("check", "--config", config.toString(), mail()), "PATHS replace the file's folders");
    }

    @Test
    void configNamingAMissingFileIsExitTwo() {
        assertEquals(2, run("check", "--config", dir.resolve("nowhere.yaml").toString(), mail()));
        assertTrue(err.toString().contains("mailguard: --config names " + dir.resolve("nowhere.yaml") + ", which does not exist"),
                err.toString());
        assertEquals(2, run("baseline", "--config", dir.resolve("nowhere.yaml").toString(), mail()));
    }

    @Test
    void configReplacesTheProjectRootsFile() throws IOException {
        project("failOn: never\n");
        Path strict = write("strict.yaml", "failOn: error\n");
        assertEquals(1, run("check", "--config", strict.toString(), mail()));
        assertEquals(0, run("check", mail()));
    }

    /**
     * {@code mailguard check} with no options, run from a folder inside the project: it finds the
     * project file in the repository's root, and the defaults (sources, suppression file, report
     * folder) are based there, as Maven's are at the POM.
     */
    @Test
    void checkWithNoOptionsFindsTheProjectFileAboveTheCurrentFolder() throws Exception {
        write("src/main/mail/hub.yaml", INSECURE);
        write("mailguard-suppressions.yaml", "suppressions:\n  - {rule: MG003, target: EXCH02/*, reason: retired next quarter}\n");
        project("formats: [json]\n");
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MailGuardCommand.class.getName(), "check")
                .directory(dir.resolve("src/main/mail").toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), output);
        assertTrue(output.contains("MailGuard checked 1 file") && output.contains("1 suppressed"), output);
        assertTrue(Files.readString(dir.resolve("mailguard-reports/mailguard.json")).contains("\"rule\": \"MG003\""), output);
    }

    /** Every project file the README shows (a YAML block that starts with {@code # .mailguard.yaml}) is valid and works. */
    @Test
    void theReadmesExamplesAreValidProjectFiles() throws IOException {
        String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
        Matcher block = Pattern.compile("```yaml\n(# \\.mailguard\\.yaml\n.*?)```", Pattern.DOTALL).matcher(readme);
        int examples = 0;
        while (block.find()) {
            examples++;
            Path config = write("example" + examples + "/.mailguard.yaml", block.group(1));
            write("example" + examples + "/src/main/mail/hub.yaml", INSECURE);
            Files.createDirectories(config.resolveSibling("policies"));
            assertEquals(1, run("check", "--config", config.toString()), err.toString());
            assertTrue(out.toString().contains("src/main/mail/hub.yaml:9:37: error MG003"), out.toString());
        }
        assertTrue(examples > 0, "the README shows a project file");
    }

    @Test
    void aProjectFileLinkedFromOutsideTheProjectIsNotRead(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.yaml"), "password: hunter2\n");
        Files.createSymbolicLink(dir.resolve(ProjectFile.NAME), secret);
        assertEquals(2, run("check", mail()));
        assertTrue(err.toString().contains("is a symbolic link to a file outside the project"), err.toString());
        assertFalse(err.toString().contains("hunter2") || err.toString().contains("password"), err.toString());
    }
}
