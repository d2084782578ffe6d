package io.mailguard.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.UsageException;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;
import io.mailguard.schema.SchemaValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import reads JSON shaped as the one-liners of docs/import-exchange.md write it, and writes YAML that checks cleanly. */
class ExchangeImportTest {

    private static final SchemaValidator SCHEMA = SchemaValidator.forConfiguration();

    @TempDir
    Path dir;

    /** A test resource copied into the temporary folder, so that findings name it by a short path. */
    private Path resource(String name) throws IOException {
        try (InputStream in = ExchangeImportTest.class.getResourceAsStream(name)) {
            Path file = dir.resolve("export").resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static String expected(String name) throws IOException {
        try (InputStream in = ExchangeImportTest.class.getResourceAsStream("expected/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("export").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private ExchangeImport.Result run(Path connectors, Path domains, Path permissions, Path output) {
        return ExchangeImport.run(new ExchangeImport.Request(connectors, domains, permissions, "contoso", output));
    }

    /** The findings as {@code file:line:col MG110 message}, the file relative to the export folder. */
    private List<String> problems(ExchangeImport.Result result) {
        String prefix = dir.resolve("export") + "/";
        return result.findings().stream().map(f -> f.location().toString().replace(prefix, "") + " " + f.rule().id() + " " + f.message()).toList();
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }

    @Test
    void writesOneFilePerServerWithTheRolesOutAsTheGoldenFilesShow() throws IOException {
        Path out = dir.resolve("out");
        ExchangeImport.Result result = run(resource("receive-connectors.json"), resource("accepted-domains.json"),
                resource("ad-permissions.json"), out);
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("EX19-01.yaml", "EX19-02.yaml", "accepted-domains.yaml"), names(result.written()));
        for (String file : List.of("EX19-01.yaml", "EX19-02.yaml", "accepted-domains.yaml")) {
            assertEquals(expected(file), Files.readString(out.resolve(file)), file);
        }
        assertNoStructuralFindings(out);
    }

    @Test
    void readsASingleObjectFromExchange2010AndInfersNothing() throws IOException {
        Path out = dir.resolve("out");
        ExchangeImport.Result result = run(resource("receive-connectors-2010.json"), null, null, out);
        assertEquals(List.of(), result.findings());
        assertEquals(expected("EX10-01.yaml"), Files.readString(out.resolve("EX10-01.yaml")));
        assertTrue(Files.readString(out.resolve("EX10-01.yaml")).contains("        role: unspecified\n"));
        assertNoStructuralFindings(out);
    }

    /** A German server: localized names, the SIDs beside them, and Windows PowerShell 5.1's {"value": […], "Count": n} lists. */
    @Test
    void keepsTheSidsOfAGermanExport() throws IOException {
        Path out = dir.resolve("out");
        ExchangeImport.Result result = run(resource("receive-connectors-de.json"), null, resource("ad-permissions-de.json"), out);
        assertEquals(List.of(), result.findings());
        String yaml = Files.readString(out.resolve("EX16-01.yaml"));
        assertEquals(expected("EX16-01.yaml"), yaml);
        assertTrue(yaml.contains("""
                      - name: Relais Drucker
                        transportRole: FrontendTransport
                        role: application-relay
                """), yaml);
        assertTrue(yaml.contains("          - user: NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG\n            sid: S-1-5-7\n"), yaml);
        assertNoStructuralFindings(out);
    }

    @Test
    void theSameExportInAnyOrderGivesTheSameBytes() throws IOException {
        Path connectors = resource("receive-connectors.json");
        Path permissions = resource("ad-permissions.json");
        run(connectors, resource("accepted-domains.json"), permissions, dir.resolve("first"));
        run(connectors, resource("accepted-domains.json"), permissions, dir.resolve("second"));
        // the export's order is the server's, not ours: shuffle the records of both files
        Path shuffledConnectors = write("shuffled-rc.json", shuffled(Files.readString(connectors)));
        Path shuffledPermissions = write("shuffled-perm.json", shuffled(Files.readString(permissions)));
        run(shuffledConnectors, resource("accepted-domains.json"), shuffledPermissions, dir.resolve("third"));
        for (String file : List.of("EX19-01.yaml", "EX19-02.yaml", "accepted-domains.yaml")) {
            byte[] first = Files.readAllBytes(dir.resolve("first").resolve(file));
            assertArrayEquals(first, Files.readAllBytes(dir.resolve("second").resolve(file)), file);
            String third = Files.readString(dir.resolve("third").resolve(file));
            assertEquals(new String(first, StandardCharsets.UTF_8).replace("receive-connectors.json and ad-permissions.json",
                    "shuffled-rc.json and shuffled-perm.json"), third, file);
        }
    }

    /** The records of a two-space-indented JSON list, in a random order. */
    private static String shuffled(String json) {
        List<String> records = new ArrayList<>(List.of(json.strip().replaceFirst("^\\[\\s*", "").replaceFirst("\\s*]$", "")
                .split("(?<=\\n  }),\\n")));
        Collections.shuffle(records, new Random(7));
        return "[\n" + String.join(",\n", records) + "\n]\n";
    }

    @Test
    void notJsonIsMg110AtItsPlaceAndNothingIsWritten() throws IOException {
        Path out = dir.resolve("out");
        ExchangeImport.Result result = run(write("rc.json", "[\n  {\"Name\": \"Default EX19-01\",\n   \"Server\" \"EX19-01\"}\n]\n"),
                null, null, out);
        assertEquals(List.of("rc.json:3:13 MG110 not JSON: Unexpected character ('\"' (code 34)): was expecting a colon to separate"
                + " field name and value; export it with ConvertTo-Json as docs/import-exchange.md shows"), problems(result));
        assertEquals(List.of(), result.written());
        assertFalse(Files.exists(out));
        assertEquals(List.of("rc.json:1:1 MG110 the file holds no JSON value; it is empty"),
                problems(run(write("rc.json", ""), null, null, out)));
        assertEquals(List.of("rc.json:1:1 MG110 the export holds no receive connector; every Exchange 2007 or later server has its"
                + " default ones, so export them from a server of the organization"), problems(run(write("rc.json", "[]"), null, null, out)));
        assertEquals(List.of("rc.json:1:4 MG110 a second JSON value follows the first; the file must hold one list or one object,"
                + " as ConvertTo-Json writes it"), problems(run(write("rc.json", "[] {}"), null, null, out)));
    }

    @Test
    void anExportInTheWindowsCodePageSaysToSaveItAsUtf8() throws IOException {
        Path file = dir.resolve("export").resolve("perm.json");
        Files.createDirectories(file.getParent());
        Files.write(file, "[{\"Identity\": \"EX16-01\\\\Relais\", \"User\": \"NT-AUTORIT\u00c4T\\\\ANONYMOUS-ANMELDUNG\"}]"
                .getBytes(StandardCharsets.ISO_8859_1));
        List<String> problems = problems(run(resource("receive-connectors-de.json"), null, file, dir.resolve("out")));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("perm.json:1:"), problems.toString());
        assertTrue(problems.get(0).endsWith("; save the export as UTF-8 (Set-Content -Encoding UTF8, or Out-File -Encoding utf8)"),
                problems.toString());
    }

    @Test
    void readsUtf16AndUtf8WithAByteOrderMarkAsWindowsPowerShellWritesThem() throws IOException {
        Path file = dir.resolve("export").resolve("rc.json");
        Files.createDirectories(file.getParent());
        Files.write(file, ("\uFEFF" + Files.readString(resource("receive-connectors-2010.json"))).getBytes(StandardCharsets.UTF_16LE));
        ExchangeImport.Result result = run(file, null, null, dir.resolve("out"));
        assertEquals(List.of(), result.findings());
        assertEquals(expected("EX10-01.yaml").replace("receive-connectors-2010.json", "rc.json"),
                Files.readString(dir.resolve("out/EX10-01.yaml")));
        // and UTF-8 with a byte order mark, as Set-Content -Encoding UTF8 writes it in Windows PowerShell 5.1
        Files.write(file, ("\uFEFF" + Files.readString(resource("receive-connectors-2010.json"))).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), run(file, null, null, dir.resolve("out8")).findings());
        assertEquals(Files.readString(dir.resolve("out/EX10-01.yaml")), Files.readString(dir.resolve("out8/EX10-01.yaml")));
    }

    @Test
    void aWrongShapeIsMg110AtTheValueThatHasIt() throws IOException {
        Path connectors = write("rc.json", """
                [
                  {
                    "Name": "Relay",
                    "Server": "EX19-01",
                    "AdminDisplayVersion": "Version 15.2 (Build 1544.4)",
                    "TransportRole": "Frontend",
                    "Bindings": ["0.0.0.0:25", 25],
                    "RemoteIPRanges": ["10.0.0.1", "10.0.0.300", "10.0.0.9-10.0.0.1"],
                    "PermissionGroups": 7,
                    "AuthMechanism": "Tls, BasicAuthRequireTls, Kerberos",
                    "RequireTLS": "False"
                  },
                  {
                    "Server": "EX19-01",
                    "AdminDisplayVersion": "Version 6.5 (Build 7638.2)"
                  },
                  {
                    "Name": "Default EX19-01",
                    "Server": {"Name": "EX19-01"},
                    "AdminDisplayVersion": "Version 15.2 (Build 1544.4)"
                  },
                  "Client Frontend EX19-01"
                ]
                """);
        Path permissions = write("perm.json", """
                {
                  "Identity": "EX19-09\\\\Relay",
                  "User": "NT AUTHORITY\\\\ANONYMOUS LOGON",
                  "Sid": "ANONYMOUS",
                  "ExtendedRights": ["ms-Exch-SMTP-Accept-Any-Recipient"],
                  "Deny": false
                }
                """);
        Path domains = write("ad.json", """
                [{"Name": "All", "DomainName": "*", "DomainType": 2}, {"Name": "Contoso", "DomainName": ""}]
                """);
        ExchangeImport.Result result = run(connectors, domains, permissions, dir.resolve("out"));
        assertEquals(List.of(
                "ad.json:1:51 MG110 \"DomainType\" must be text, not the number 2; export it as text, e.g. @{n='DomainType';e={\"$($_.DomainType)\"}}",
                "ad.json:1:55 MG110 the object has no \"DomainType\"; the export must select DomainType (docs/import-exchange.md)",
                "ad.json:1:89 MG110 the DomainName is empty; an accepted domain names an SMTP domain, e.g. contoso.com",
                "perm.json:1:1 MG110 the entry is for \"EX19-09\\Relay\", which is not a receive connector of the receive-connector export;"
                        + " export both from the same organization",
                "perm.json:4:10 MG110 \"ANONYMOUS\" is not a security identifier; a SID is written S-1-5-7",
                "rc.json:6:22 MG110 \"Frontend\" is not one of Exchange's transport roles (FrontendTransport, HubTransport)",
                "rc.json:7:32 MG110 \"Bindings\" must be a list of texts, but holds the number 25; export each item as text,"
                        + " e.g. @{n='Bindings';e={@($_.Bindings | ForEach-Object { \"$_\" })}}",
                "rc.json:8:36 MG110 `10.0.0.300` is not an IPv4 address; write four numbers from 0 to 255, e.g. 192.168.1.10",
                "rc.json:8:50 MG110 `10.0.0.9-10.0.0.1` ends before it starts; write the lower address first",
                "rc.json:9:25 MG110 \"PermissionGroups\" is the number 7; export it as text, e.g. @{n='PermissionGroups';e={\"$($_.PermissionGroups)\"}},"
                        + " which Exchange writes as names (None, AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers, Partners, Custom)",
                "rc.json:10:22 MG110 \"Kerberos\" is not one of Exchange's authentication mechanisms (None, Tls, Integrated, BasicAuth,"
                        + " BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative)",
                "rc.json:11:19 MG110 \"RequireTLS\" must be true or false, not the text \"False\"",
                "rc.json:13:3 MG110 the object has no \"Name\"; the export must select Name (docs/import-exchange.md)",
                "rc.json:15:28 MG110 \"Version 6.5 (Build 7638.2)\" is not the version of an Exchange 2007 or later server;"
                        + " AdminDisplayVersion reads like Version 15.2 (Build 1118.7)",
                "rc.json:19:15 MG110 \"Server\" must be text, not an object; export it as text, e.g. @{n='Server';e={\"$($_.Server)\"}}",
                "rc.json:22:3 MG110 each item must be an object, one receive connector, not the text \"Client Frontend EX19-01\""),
                problems(result));
        assertEquals(List.of(), result.written());
    }

    @Test
    void aConnectorTwiceOrAServerOfTwoVersionsIsMg110() throws IOException {
        String relay = """
                  {"Name": "Relay", "Server": "EX19-01", "AdminDisplayVersion": "%s",
                   "TransportRole": "FrontendTransport", "Bindings": [], "RemoteIPRanges": [], "PermissionGroups": "", "AuthMechanism": "None"}
                """;
        Path connectors = write("rc.json", "[\n" + relay.formatted("Version 15.2 (Build 1544.4)") + ",\n"
                + relay.formatted("Version 15.2 (Build 1544.4)").replace("Relay", "RELAY") + ",\n"
                + relay.formatted("Version 15.1 (Build 2507.6)").replace("Relay", "Other") + "]\n");
        assertEquals(List.of(
                "rc.json:5:3 MG110 the receive connector EX19-01\\RELAY appears twice (also at line 2); export each connector once",
                "rc.json:8:3 MG110 the server EX19-01 is exchange-2016 here but exchange-2019 at line 2; export all connectors in one run"),
                problems(run(connectors, null, null, dir.resolve("out"))));
    }

    @Test
    void productsFollowTheServersVersion() throws IOException {
        String connector = """
                {"Name": "Relay", "Server": "EX-01", "AdminDisplayVersion": "%s", "TransportRole": "FrontendTransport",
                 "Bindings": "0.0.0.0:25", "RemoteIPRanges": "10.0.0.1", "PermissionGroups": "AnonymousUsers", "AuthMechanism": "Tls"}
                """;
        for (String[] version : new String[][] {{"Version 8.3 (Build 83.6)", "exchange-2007"}, {"Version 14.3 (Build 123.4)", "exchange-2010"},
                {"Version 15.0 (Build 1497.2)", "exchange-2013"}, {"Version 15.1 (Build 2507.6)", "exchange-2016"},
                {"Version 15.2 (Build 1544.4)", "exchange-2019"}, {"Version 15.2 (Build 2562.17)", "exchange-se"},
                {"15.2.1118.7", "exchange-2019"}}) {
            Path out = dir.resolve("out-" + version[1]);
            ExchangeImport.Result result = run(write("rc.json", connector.formatted(version[0])), null, null, out);
            assertEquals(List.of(), result.findings(), version[0]);
            assertTrue(Files.readString(out.resolve("EX-01.yaml")).contains("    product: " + version[1] + "\n"), version[0]);
        }
    }

    @Test
    void aFileThatCannotBeReadOrWrittenIsAUsageErrorNamingIt() throws IOException {
        UsageException missing = assertThrows(UsageException.class,
                () -> run(dir.resolve("missing.json"), null, null, dir.resolve("out")));
        assertEquals("cannot read " + dir.resolve("missing.json") + ": there is no such file", missing.getMessage());
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file, not a folder");
        UsageException output = assertThrows(UsageException.class,
                () -> run(resource("receive-connectors-2010.json"), null, null, blocked.resolve("out")));
        assertTrue(output.getMessage().startsWith("cannot create the output folder " + blocked.resolve("out")), output.getMessage());
        assertThrows(UsageException.class, () -> ExchangeImport.run(new ExchangeImport.Request(
                resource("receive-connectors-2010.json"), null, null, " ", dir.resolve("out"))));
    }

    /** The examples of MG110's page, which the catalogue test leaves to this test: they are import files, not YAML. */
    @Test
    void theRulePagesExamplesDoWhatThePageSays() throws IOException {
        String page;
        try (InputStream in = ExchangeImportTest.class.getResourceAsStream("/mailguard/rules/MG110.md")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher incorrect = Pattern.compile("(?s)## Incorrect\n.*?```json\n(.*?)```").matcher(page);
        Matcher correct = Pattern.compile("(?s)## Correct\n.*?```json\n(.*?)```").matcher(page);
        assertTrue(incorrect.find() && correct.find(), "MG110.md has a json example under Incorrect and under Correct");
        assertEquals(List.of(
                "rc.json:8:38 MG110 `10.20.0.320` is not an IPv4 address; write four numbers from 0 to 255, e.g. 192.168.1.10",
                "rc.json:9:25 MG110 \"PermissionGroups\" is the number 1; export it as text, e.g. @{n='PermissionGroups';e={\"$($_.PermissionGroups)\"}},"
                        + " which Exchange writes as names (None, AnonymousUsers, ExchangeUsers, ExchangeServers, ExchangeLegacyServers, Partners, Custom)"),
                problems(run(write("rc.json", incorrect.group(1)), null, null, dir.resolve("out"))));
        assertFalse(Files.exists(dir.resolve("out")));
        ExchangeImport.Result result = run(write("rc.json", correct.group(1)), null, null, dir.resolve("out"));
        assertEquals(List.of(), result.findings());
        assertEquals(List.of("EX19-01.yaml"), names(result.written()));
        assertNoStructuralFindings(dir.resolve("out"));
    }

    /**
     * Exports damaged at random (characters replaced, dropped or added): the import never throws; it either
     * reports MG110 findings and writes nothing, or writes files that load and follow the schema.
     */
    @Test
    void aDamagedExportIsFindingsOrValidFilesNeverACrash() throws IOException {
        String connectors = Files.readString(resource("receive-connectors-de.json"));
        String permissions = Files.readString(resource("ad-permissions-de.json"));
        String alphabet = "{}[]\",:\\ -./0123456789abcdefABCDEF:xyzS-1-5-7\u00c4\u2028\u0000\ntrue false null";
        Random random = new Random(20261202);
        int refused = 0;
        int written = 0;
        for (int i = 0; i < 300; i++) {
            StringBuilder damaged = new StringBuilder(i % 2 == 0 ? connectors : permissions);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> damaged.deleteCharAt(at);
                    default -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            Path rc = write("rc.json", i % 2 == 0 ? damaged.toString() : connectors);
            Path perm = write("perm.json", i % 2 == 0 ? permissions : damaged.toString());
            Path out = dir.resolve("out-" + i);
            ExchangeImport.Result result = run(rc, null, perm, out);
            if (result.findings().isEmpty()) {
                written++;
                for (Path file : result.written()) {
                    LoadResult loaded = new YamlLoader(LoadLimits.DEFAULT).load(file, file.toString());
                    assertEquals(List.of(), loaded.findings(), file.toString());
                    assertEquals(List.of(), SCHEMA.validate(loaded.document()), Files.readString(file));
                }
            } else {
                refused++;
                assertTrue(result.findings().stream().allMatch(f -> f.rule().id().equals("MG110") && f.location().line() >= 1
                        && f.location().column() >= 1), result.findings().toString());
                assertFalse(Files.exists(out));
            }
        }
        assertTrue(refused > 100 && written > 10, refused + " refused, " + written + " written");
    }

    @Test
    void quotesWhatYamlWouldReadAsSomethingElse() {
        assertEquals("Default Frontend EX19-01", YamlText.scalar("Default Frontend EX19-01", false));
        assertEquals("NT AUTHORITY\\ANONYMOUS LOGON", YamlText.scalar("NT AUTHORITY\\ANONYMOUS LOGON", false));
        assertEquals("NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG", YamlText.scalar("NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG", false));
        for (String value : List.of("*", "*.contoso.com", "2019", "true", "null", "1e3", "0x1F", "a: b", "a #b", "- a", "[::]:25",
                "trailing ", "two  spaces", "", "\"quoted\"", "line\nbreak")) {
            String written = YamlText.scalar(value, false);
            assertTrue(written.startsWith("\""), value + " → " + written);
        }
        assertEquals("\"a, b\"", YamlText.scalar("a, b", true));
        assertEquals("\"C:\\\\x \\\"y\\\" \\u001B\"", YamlText.quoted("C:\\x \"y\" \u001B"));
    }

    /** Checks the folder with the real engine: the import's output must be free of structural findings (MG1xx). */
    private static void assertNoStructuralFindings(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.sorted().toList();
        }
        CheckResult result = new MailGuard().check(new CheckRequest(folder, files, FailOn.ERROR, SeverityOverrides.NONE,
                LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT));
        assertEquals(List.of(), result.findings().stream().filter(f -> f.rule().id().startsWith("MG1"))
                .map(Finding::toString).toList(), "the imported YAML must load and validate cleanly");
    }
}
