package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input written to hurt, through the real engine: every file gets findings, never a crash or a hang. */
class HostileInputTest {

    private static final String HEADER = "apiVersion: mailguard/v1\norganization: contoso\n";
    private static final String VIRTUAL_SERVER = HEADER + """
            servers:
              - name: EXCH01
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
            """;

    private final MailGuard engine = new MailGuard();

    @TempDir
    Path dir;

    private List<Finding> check(Path... files) {
        CheckResult result = engine.check(new CheckRequest(dir, List.of(files), FailOn.ERROR, SeverityOverrides.NONE,
                LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT));
        return result.findings();
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    /** The file's findings, each as {@code line:column rule message}. */
    private List<String> described(Path file) {
        return check(file).stream().map(f -> f.location().line() + ":" + f.location().column() + " " + f.rule().id() + " " + f.message()).toList();
    }

    private String only(Path file) {
        List<String> findings = described(file);
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    private String only(String yaml) throws IOException {
        return only(write("mail.yaml", yaml));
    }

    @Test
    void refusesAFileOf50MegabytesFromItsSizeAlone() throws IOException {
        Path huge = write("huge.yaml", HEADER);
        // sparse NUL bytes after the header: had the loader read them, it would refuse U+0000 instead
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertEquals("1:1 MG107 the file is 52,428,800 bytes, over the limit of 4,194,304 bytes (maxFileSize);"
                + " split it into several files", only(huge));
    }

    @Test
    void refusesALineOf10MegabytesFromItsSizeAlone() throws IOException {
        String line = "organization: " + "x".repeat(10 * 1024 * 1024);
        String finding = only(line);
        assertTrue(finding.startsWith("1:1 MG107 the file is 10,485,774 bytes") && finding.contains("(maxFileSize)"), finding);
    }

    @Test
    void refusesGlobalTagsWithoutInstantiatingAnything() throws IOException {
        Path marker = dir.resolve("instantiated");
        String yaml = HEADER
                + "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n"
                + "y: !!" + Canary.class.getName() + " [\"" + marker + "\"]\n";
        String finding = only(yaml);
        assertTrue(finding.startsWith("3:4 MG107 the tag tag:yaml.org,2002:javax.script.ScriptEngineManager is not accepted"), finding);
        assertFalse(Files.exists(marker), "a tag instantiated a class");
    }

    /** Would leave a file behind if a tag ever constructed it. */
    public static final class Canary {
        public Canary(String path) throws IOException {
            Files.createFile(Path.of(path));
        }
    }

    @Test
    void keysThatAreNotStringsAreUnknownKeysAtTheKey() throws IOException {
        List<String> findings = described(write("mail.yaml", HEADER + "1: x\ntrue: y\n"));
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("3:1 MG100 unknown key `1` at the top level"), findings.get(0));
        assertTrue(findings.get(1).startsWith("4:1 MG100 unknown key `true` at the top level"), findings.get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            authentication: {anonymous: yes}             | 8:37 | must be true or false, not a string `yes` (YAML 1.2 reads yes, no, on and off as strings
            bindings: [{address: all-unassigned, port: 0600}] | 8:52 | must be a whole number, not a string `0600` (a leading zero is not accepted
            """)
    void yaml11ValuesFailTypedFieldsAndSayWhy(String property, String at, String message) throws IOException {
        List<String> findings = described(write("mail.yaml", VIRTUAL_SERVER + "        " + property + "\n"));
        String finding = findings.stream().filter(f -> f.contains(" MG100 ")).findFirst().orElseThrow();
        assertTrue(finding.startsWith(at + " MG100 ") && finding.contains(message), finding);
        // the rules still judge the file, and fail closed where they need the invalid value (SPEC §6.1)
        assertTrue(findings.stream().allMatch(f -> f.contains(" MG100 ") || f.contains(" cannot tell ")), findings.toString());
    }

    @Test
    void yaml11ValuesOfServersFailTheirFields() throws IOException {
        String sexagesimal = only(HEADER + "servers:\n  - name: EXCH01\n    mailboxes: 12:30\n");
        assertTrue(sexagesimal.startsWith("5:16 MG100 ") && sexagesimal.contains("not a string `12:30`"), sexagesimal);
        String version = only(HEADER + "servers:\n  - name: 1.10\n");
        assertTrue(version.startsWith("4:11 MG100 ") && version.contains("`1.10`") && !version.contains("`1.1`"), version);
    }

    @Test
    void datesStayStringsAndAreValid() throws IOException {
        Path file = write("mail.yaml", VIRTUAL_SERVER + """
                        authentication: {anonymous: true}
                        anonymousAccessException: {reason: partners, approvedBy: security-team, expires: 2024-01-02}
                """);
        List<Finding> findings = check(file);
        // no schema finding: the date is valid as written; and it is read as the date it says, so it has expired
        assertTrue(findings.stream().noneMatch(f -> f.rule().id().equals("MG100")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.rule().id().equals("MG010") && f.message().contains("expired on 2024-01-02")),
                findings.toString());
    }

    @Test
    void oneBadFileNeverStopsTheOthers() throws IOException {
        Path first = write("a.yaml", VIRTUAL_SERVER + "        bindings: [{address: 10.0.0.300, port: 25}]\n");
        Path garbage = Files.write(dir.resolve("b.yaml"), new byte[] {'{', (byte) 0xC3, 0x28, 0, ']', '\n'});
        Path third = write("c.yaml", HEADER.replace("contoso", "fabrikam") + "colour: blue\n");
        List<String> found = check(first, garbage, third).stream().map(f -> f.location().file() + " " + f.rule().id()).toList();
        assertTrue(found.contains("a.yaml MG104") && found.contains("b.yaml MG107") && found.contains("c.yaml MG100"), found.toString());
    }
}
