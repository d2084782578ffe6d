package io.mailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mailguard import exchange}, then {@code mailguard check} on what it wrote. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return MailGuardCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Two connectors of an Exchange 2019 server as the documented one-liner writes them with PowerShell 7. */
    private static final String CONNECTORS = """
            [
              {
                "Name": "Default Frontend EX19-01",
                "Server": "EX19-01",
                "AdminDisplayVersion": "Version 15.2 (Build 1544.4)",
                "TransportRole": "FrontendTransport",
                "Bindings": ["[::]:25", "0.0.0.0:25"],
                "RemoteIPRanges": ["::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "0.0.0.0-255.255.255.255"],
                "PermissionGroups": "AnonymousUsers, ExchangeServers, ExchangeLegacyServers",
                "AuthMechanism": "Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer",
                "RequireTLS": false
              },
              {
                "Name": "Printers",
                "Server": "EX19-01",
                "AdminDisplayVersion": "Version 15.2 (Build 1544.4)",
                "TransportRole": "FrontendTransport",
                "Bindings": "0.0.0.0:25",
                "RemoteIPRanges": ["10.20.0.31", "10.20.0.32"],
                "PermissionGroups": "AnonymousUsers",
                "AuthMechanism": "Tls",
                "RequireTLS": false
              }
            ]
            """;

    /** Its permission entry, from a German server: the SID tells who the user is. */
    private static final String PERMISSIONS = """
            {
              "Identity": "EX19-01\\\\Printers",
              "User": "NT-AUTORITÄT\\\\ANONYMOUS-ANMELDUNG",
              "Sid": "S-1-5-7",
              "ExtendedRights": ["ms-Exch-SMTP-Accept-Any-Recipient"],
              "Deny": false
            }
            """;

    private static final String DOMAINS = """
            {"Name": "Contoso", "DomainName": "contoso.com", "DomainType": "Authoritative"}
            """;

    @Test
    void importsThenChecksCleanly() throws IOException {
        // the temporary folder is the project that is checked: a git repository's root
        Files.createDirectories(dir.resolve(".git"));
        Path rc = Files.writeString(dir.resolve("rc.json"), CONNECTORS);
        Path perm = Files.writeString(dir.resolve("perm.json"), PERMISSIONS);
        Path ad = Files.writeString(dir.resolve("ad.json"), DOMAINS);
        Path mail = dir.resolve("mail");
        assertEquals(0, run("import", "exchange", "--receive-connectors", rc.toString(), "--ad-permissions", perm.toString(),
                "--accepted-domains", ad.toString(), "--organization", "contoso", "--output", mail.toString()), err.toString());
        assertEquals("MailGuard import: wrote 2 files to " + mail + ":\n  EX19-01.yaml\n  accepted-domains.yaml\n",
                out.toString().replace(System.lineSeparator(), "\n"));
        String server = Files.readString(mail.resolve("EX19-01.yaml"));
        assertTrue(server.contains("""
                      - name: Default Frontend EX19-01
                        transportRole: FrontendTransport
                        role: internet-bridgehead
                """), server);
        assertTrue(server.contains("""
                      - name: Printers
                        transportRole: FrontendTransport
                        role: application-relay
                """), server);
        assertEquals(0, run("check", mail.toString()), out.toString());
        assertTrue(out.toString().contains("MailGuard checked 2 files (1 server, 0 virtual servers, 2 receive connectors): 0 errors, 0 warnings, 0 info."),
                out.toString());
    }

    @Test
    void importsAnOpenRelayAndAnAnonymousClientConnectorThatTheCheckThenFails() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        String open = CONNECTORS.replace("\"RemoteIPRanges\": [\"10.20.0.31\", \"10.20.0.32\"]",
                        "\"RemoteIPRanges\": [\"0.0.0.0-127.255.255.255\", \"128.0.0.0/1\"]")
                .replace("  {\n    \"Name\": \"Printers\",", """
                          {
                            "Name": "Client Frontend EX19-01",
                            "Server": "EX19-01",
                            "AdminDisplayVersion": "Version 15.2 (Build 1544.4)",
                            "TransportRole": "FrontendTransport",
                            "Bindings": "[::]:587",
                            "RemoteIPRanges": "0.0.0.0-255.255.255.255",
                            "PermissionGroups": "ExchangeUsers, AnonymousUsers",
                            "AuthMechanism": "Tls, Integrated, BasicAuth, BasicAuthRequireTLS",
                            "RequireTLS": false
                          },
                          {
                            "Name": "Printers",""");
        assertTrue(open.contains("Client Frontend EX19-01"), open);
        Path rc = Files.writeString(dir.resolve("rc.json"), open);
        Path perm = Files.writeString(dir.resolve("perm.json"), PERMISSIONS);
        Path mail = dir.resolve("mail");
        assertEquals(0, run("import", "exchange", "--receive-connectors", rc.toString(), "--ad-permissions", perm.toString(),
                "--organization", "contoso", "--output", mail.toString()), err.toString());
        assertEquals(1, run("check", mail.toString()), out.toString());
        String lines = out.toString().replace(System.lineSeparator(), "\n");
        assertTrue(lines.contains("mail/EX19-01.yaml:") && lines.contains(": error MG001 open-relay: EX19-01\\Printers lets "
                + "strangers relay: anonymous senders hold ms-Exch-SMTP-Accept-Any-Recipient"), lines);
        assertTrue(lines.contains(": error MG004 anonymous-imap-pop: EX19-01\\Client Frontend EX19-01 is the receive "
                + "connector IMAP and POP clients submit to"), lines);
        assertTrue(lines.contains("2 errors, 0 warnings, 0 info"), lines);
    }

    @Test
    void anExportOfTheWrongShapeExitsTwoWithLocatedFindings() throws IOException {
        Path rc = Files.writeString(dir.resolve("rc.json"), CONNECTORS.replace("\"10.20.0.32\"", "\"10.20.0.0/33\""));
        Path mail = dir.resolve("mail");
        assertEquals(2, run("import", "exchange", "--receive-connectors", rc.toString(), "--organization", "contoso",
                "--output", mail.toString()));
        assertEquals(rc + ":19:38: error MG110 config-syntax: `10.20.0.0/33` has the prefix length /33; it must be a number from 0 to 32\n"
                + "MailGuard import: 1 error in the export; nothing written.\n", out.toString().replace(System.lineSeparator(), "\n"));
        assertFalse(Files.exists(mail));
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        assertEquals(2, run("import", "exchange", "--organization", "contoso", "--output", dir.toString()));
        assertTrue(err.toString().contains("Missing required option: '--receive-connectors=RC.json'"), err.toString());
        assertEquals(2, run("import", "exchange", "--receive-connectors", dir.resolve("none.json").toString(),
                "--organization", "contoso", "--output", dir.resolve("mail").toString()));
        assertEquals("mailguard: cannot read " + dir.resolve("none.json") + ": there is no such file",
                err.toString().strip());
        assertEquals(2, run("import"));
        assertTrue(err.toString().contains("name what to import from: exchange"), err.toString());
    }
}
