package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.load.LoadLimits;
import io.mailguard.suppress.Baseline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6, "What the gate guarantees", through the real engine: each reproduction of the attacks a
 * careless or hostile change can make on the gate, in every mode (plain, baseline, new-since,
 * suppressions, severity overrides).
 */
class GateGuaranteesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    /** The example's internal hub, with one key the schema does not know. */
    private static final String HUB = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH02
                product: exchange-2003
                mailboxes: 350
                legacyNote: kept for the old tooling
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    bindings: [{address: 10.1.0.12, port: 25}]
                    authentication:
                      anonymous: false
                      integratedWindows: true
                    relay:
                      restriction: only-listed
                      hosts: [10.1.0.21]
                      allowAuthenticatedComputers: false
                    permissions: {submit: [Exchange Domain Servers], relay: [Exchange Domain Servers]}
            """;

    /** The same hub, then opened: anonymous on and every address may relay. */
    private static final String OPENED = HUB.replace("anonymous: false", "anonymous: true")
            .replace("hosts: [10.1.0.21]", "hosts: [0.0.0.0/0]");

    @TempDir
    Path dir;

    private Path mail;

    @BeforeEach
    void sources() throws IOException {
        mail = Files.createDirectories(dir.resolve("src/main/mail"));
    }

    private CheckResult check(Map<String, String> severities, CheckRequest.Accepted accepted) throws IOException {
        return new MailGuard().check(new CheckRequest(dir, SourceFiles.find(mail, List.of(), List.of()), FailOn.ERROR,
                SeverityOverrides.parse(severities), TODAY, LoadLimits.DEFAULT, accepted));
    }

    private CheckResult check() throws IOException {
        return check(Map.of(), CheckRequest.Accepted.NONE);
    }

    private static List<String> failing(CheckResult result) {
        return result.failures().stream().map(f -> f.location().line() + ":" + f.rule().id()).sorted().toList();
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(mail.resolve(name), yaml);
    }

    private void commit() throws IOException, GitAPIException {
        try (Git git = Files.isDirectory(dir.resolve(".git")) ? Git.open(dir.toFile())
                : Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("topology").setAuthor("MailGuard", "mailguard@example.com")
                    .setCommitter("MailGuard", "mailguard@example.com").setSign(false).call();
        }
    }

    /** The security findings the opened hub must always give: MG003 at anonymous, MG001 at the hosts. */
    private static final List<String> OPENED_FAILURES = List.of("13:MG003", "17:MG001");

    @Test
    void aSchemaFindingInTheFileStopsNoSecurityRule() throws IOException {
        write("hub.yaml", OPENED);
        CheckResult plain = check();
        assertEquals(OPENED_FAILURES, failing(plain).stream().filter(f -> !f.endsWith("MG100")).toList());
        assertEquals(1, plain.servers());
        assertEquals(1, plain.virtualServers());

        assertEquals(OPENED_FAILURES, failing(check(Map.of("MG100", "warning"), CheckRequest.Accepted.NONE)));
        assertEquals(OPENED_FAILURES, failing(check(Map.of("MG100", "off"), CheckRequest.Accepted.NONE)));

        write("hub.yaml", OPENED.replace("    legacyNote:", "    # mailguard:ignore MG100 reason=\"the old tooling reads it\"\n    legacyNote:"));
        CheckResult ignored = check();
        assertEquals(List.of("14:MG003", "18:MG001"), failing(ignored));
        assertEquals(1, ignored.suppressed());
    }

    @Test
    void newSinceAcceptsTheSchemaFindingButNotWhatTheChangeOpens() throws Exception {
        write("hub.yaml", HUB);
        commit();
        write("hub.yaml", OPENED);
        CheckResult result = check(Map.of(), new CheckRequest.Accepted(null, null,
                new CheckRequest.NewSince("HEAD", List.of(mail), List.of(), List.of())));
        assertEquals(OPENED_FAILURES, failing(result));
        assertEquals(1, result.suppressed(), "the MG100 was there before the change");
    }

    @Test
    void aBaselineAcceptsTheSchemaFindingButNotWhatTheChangeOpens() throws IOException {
        write("hub.yaml", HUB);
        Path baseline = dir.resolve("mailguard-baseline.yaml");
        Baseline.write(baseline, check().findings());
        write("hub.yaml", OPENED);
        CheckResult result = check(Map.of(), new CheckRequest.Accepted(null, baseline, null));
        assertEquals(OPENED_FAILURES, failing(result));
        assertEquals(1, result.suppressed());
    }

    @Test
    void anInvalidValueFailsClosedUnderTheRuleThatNeedsIt() throws IOException {
        String hub = HUB.replace("    legacyNote: kept for the old tooling\n", "");
        write("hub.yaml", hub.replace("anonymous: false", "anonymous: \"yes\"   # mailguard:ignore MG100 reason=\"tooling\""));
        CheckResult result = check();
        assertEquals(List.of("12:MG003"), failing(result));
        Finding finding = result.failures().get(0);
        assertEquals("cannot tell whether EXCH02/Internal SMTP, an internal virtual server, allows anonymous access: "
                + "authentication.anonymous is `yes`, not true or false; write true or false there", finding.message());

        write("hub.yaml", hub.replace("hosts: [10.1.0.21]", "hosts: [10.1.0.21, 0.0.0.0/0x]"));
        assertEquals(List.of("16:MG001", "16:MG104"), failing(check(Map.of("MG100", "off"), CheckRequest.Accepted.NONE)));
        write("hub.yaml", hub.replace("restriction: only-listed", "restriction: open"));
        assertEquals(List.of("15:MG001"), failing(check(Map.of("MG100", "off"), CheckRequest.Accepted.NONE)));
    }

    @Test
    void namesDeclaredInAFileWithErrorsStillResolve() throws IOException {
        write("edge.yaml", """
                apiVersion: mailguard/v1
                organization: contoso
                servers:
                  - name: EDGE01
                    product: exchange-2003
                    mailboxes: 0
                    smtpVirtualServers:
                      - name: Internet Inbound
                        role: internet-bridgehead
                        authentication: {anonymous: true, anonymus: true}
                """);
        write("routing.yaml", """
                apiVersion: mailguard/v1
                organization: contoso
                connectors:
                  - name: Internet Connector
                    sourceVirtualServers: [EDGE01/Internet Inbound]
                    addressSpaces: ["*"]
                distributionLists:
                  - name: All Employees
                    internalOnly: true
                    acceptMessagesFrom: authenticated-users
                """);
        List<String> rules = check().findings().stream().map(f -> f.location().file() + ":" + f.rule().id()).toList();
        assertEquals(List.of("src/main/mail/edge.yaml:MG100"), rules);
    }

    @Test
    void accountPolicySectionsMergeAcrossFilesAndContradictionsNameBothPlaces() throws IOException {
        write("hub.yaml", HUB.replace("    legacyNote: kept for the old tooling\n", "").replace("anonymous: false", "anonymous: true")
                + """
                        anonymousAccessException:
                          reason: Fabrikam partner servers cannot authenticate
                          approvedBy: security-team
                          expires: 2027-06-30
                """);
        write("guest.yaml", "apiVersion: mailguard/v1\norganization: contoso\naccountPolicy:\n  guestAccount: disabled\n");
        write("passwords.yaml", """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  passwordPolicy: {minimumLength: 12, complexity: true}
                """);
        CheckResult merged = check();
        assertEquals(List.of(), merged.findings().stream().filter(f -> f.severity() != io.mailguard.Severity.WARNING)
                .map(Finding::toString).toList());

        write("passwords.yaml", """
                apiVersion: mailguard/v1
                organization: contoso
                accountPolicy:
                  guestAccount: enabled
                  passwordPolicy: {minimumLength: 12, complexity: true}
                """);
        List<Finding> contradiction = check().findings().stream().filter(f -> f.rule().id().equals("MG101")).toList();
        assertEquals(1, contradiction.size(), contradiction.toString());
        assertEquals("accountPolicy.guestAccount is `enabled` here but `disabled` at src/main/mail/guest.yaml:4:17; the "
                + "sections of organization contoso form one policy, so declare it once", contradiction.get(0).message());
        assertEquals("src/main/mail/passwords.yaml:4:17", contradiction.get(0).location().toString());
    }

    @Test
    void aRuleTurnedOffIsOffForItsSuppressionsToo() throws IOException {
        write("hub.yaml", HUB.replace("    legacyNote: kept for the old tooling\n", "")
                .replace("permissions: {submit: [Exchange Domain Servers], relay: [Exchange Domain Servers]}",
                        "# mailguard:ignore MG014 reason=\"named groups planned\"\n        permissions: {submit: [Everyone]}"));
        CheckResult on = check();
        assertEquals(1, on.suppressed());
        CheckResult off = check(Map.of("MG014", "off"), CheckRequest.Accepted.NONE);
        assertEquals(List.of(), off.findings().stream().map(Finding::toString).toList());
    }

    @Test
    void aRefusedFileIsAcceptedOnlyWhileItsBytesAreUnchanged() throws Exception {
        write("broken.yaml", "apiVersion: mailguard/v1\norganization: contoso\nservers: [EXCH09\n");
        Path baseline = dir.resolve("mailguard-baseline.yaml");
        Baseline.write(baseline, check().findings());
        CheckRequest.Accepted withBaseline = new CheckRequest.Accepted(null, baseline, null);
        assertEquals(List.of(), failing(check(Map.of(), withBaseline)));
        commit();
        CheckRequest.Accepted newSince = new CheckRequest.Accepted(null, null,
                new CheckRequest.NewSince("HEAD", List.of(mail), List.of(), List.of()));
        assertEquals(List.of(), failing(check(Map.of(), newSince)));

        // still broken at the same place, but other bytes: whatever the change hid is unknown, so it counts again
        write("broken.yaml", "apiVersion: mailguard/v1   \norganization: contoso\nservers: [EXCH09\n");
        List<String> refused = failing(check(Map.of(), withBaseline));
        assertEquals(1, refused.size(), refused.toString());
        assertEquals(refused, failing(check(Map.of(), newSince)));
    }
}
