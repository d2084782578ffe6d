package io.mailguard.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import io.mailguard.Severity;
import io.mailguard.UsageException;
import io.mailguard.check.MailGuard;
import io.mailguard.check.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies through the real engine: where they come from, what they find, and what they refuse. */
class PolicyCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static final String TOPOLOGY = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH01
                product: exchange-2003
                smtpVirtualServers:
                  - name: Internet SMTP
                    role: internet-bridgehead
                    authentication:
                      anonymous: true
                      basic: true
                      basicRequiresTls: false
                    relay: {restriction: only-listed, hosts: [10.1.0.5, 192.0.2.7]}
                  - name: Internal SMTP
                    role: internal
                    authentication: {anonymous: false, basic: true, basicRequiresTls: true}
                    relay: {restriction: only-listed, hosts: [10.1.0.21]}
              - name: EX19-01
                product: exchange-2019
                receiveConnectors:
                  - name: Default Frontend EX19-01
                    transportRole: FrontendTransport
                    permissionGroups: [AnonymousUsers, ExchangeServers]
            distributionLists:
              - name: All Employees
                internalOnly: true
                acceptMessagesFrom: anyone
            """;

    private static final String TLS_POLICY = """
            apiVersion: mailguard/v1
            policies:
              - id: ACME001
                name: bridgehead-requires-tls
                severity: error
                appliesTo: smtpVirtualServer
                when: self.role == "internet-bridgehead"
                require: self.authentication.basicRequiresTls == true
                at: authentication.basicRequiresTls
                message: "{name} must require TLS before basic authentication"
                description: Our security standard 4.2 requires TLS for every password.
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Settings settings() {
        return new Settings(dir, TODAY).sources(List.of(dir.resolve("mail")));
    }

    private CheckResult check(Settings settings) {
        return new MailGuard().check(settings.request());
    }

    private static List<String> found(CheckResult result, String id) {
        return result.findings().stream().filter(f -> f.rule().id().equals(id))
                .map(f -> f.location() + " " + f.object() + ": " + f.message()).toList();
    }

    private static String policy(String id, String appliesTo, String require) {
        return """
                  - id: %s
                    name: test-policy
                    severity: warning
                    appliesTo: %s
                    require: '%s'
                    message: "{name} breaks %s"
                """.formatted(id, appliesTo, require, id);
    }

    @Test
    void aPolicyFileAmongTheSourcesFindsAtItsProperty() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        write("mail/policies.yaml", TLS_POLICY);
        CheckResult result = check(settings());
        assertEquals(List.of("mail/topology.yaml:12:29 EXCH01/Internet SMTP: "
                + "EXCH01/Internet SMTP must require TLS before basic authentication"), found(result, "ACME001"));
        Finding finding = result.findings().stream().filter(f -> f.rule().id().equals("ACME001")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Our security standard 4.2 requires TLS for every password.", finding.rule().summary());
        assertEquals("mail/policies.yaml:3:5", finding.rule().definedIn());
        assertTrue(result.failed(), "a policy's error fails the check");
        assertTrue(result.findings().stream().noneMatch(f -> f.rule().id().equals("MG100")), "a policy file is no MG100");
    }

    @Test
    void theProjectFileTheSettingAndPacksAddUp() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        write("mailguard-policies.yaml", "policies:\n" + policy("ACME010", "distributionList", "self.acceptMessagesFrom != \"anyone\""));
        write("team/more.yaml", "policies:\n" + policy("ACME011", "server", "has(self.mailboxes)"));
        Path pack = pack("pack.jar", "policies:\n" + policy("ACME012", "receiveConnector", "self.role != \"internet-bridgehead\""));
        CheckResult result = check(settings().policies(List.of(dir.resolve("team"))).policyPacks(List.of(pack)));
        assertEquals(List.of("mail/topology.yaml:25:5 All Employees: All Employees breaks ACME010"), found(result, "ACME010"));
        assertEquals(2, found(result, "ACME011").size());
        assertEquals(List.of("mail/topology.yaml:21:9 EX19-01\\Default Frontend EX19-01: "
                + "EX19-01\\Default Frontend EX19-01 breaks ACME012"), found(result, "ACME012"),
                "a receive connector's role is its inferred one");
    }

    @Test
    void aPolicysSeverityIsConfiguredLikeARulesAndAnUnknownPolicyIsRefused() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        write("mail/policies.yaml", TLS_POLICY);
        CheckResult warned = check(settings().severities(Map.of("ACME001", "warning")));
        assertEquals(Severity.WARNING, warned.findings().stream().filter(f -> f.rule().id().equals("ACME001"))
                .findFirst().orElseThrow().severity());
        assertEquals(List.of(), found(check(settings().severities(Map.of("ACME001", "off"))), "ACME001"));
        InvalidSettingException unknown = assertThrows(InvalidSettingException.class,
                () -> check(settings().severities(Map.of("ACME999", "off"))));
        assertEquals(Setting.SEVERITIES, unknown.setting());
        assertTrue(unknown.getMessage().contains("or a policy of this check"), unknown.getMessage());
    }

    @Test
    void oneIdTwiceNamesBothPlaces() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        write("mail/policies.yaml", TLS_POLICY);
        write("mailguard-policies.yaml", TLS_POLICY);
        UsageException error = assertThrows(UsageException.class, () -> check(settings()));
        assertEquals("mail/policies.yaml:3:5: policy ACME001 is defined twice: here and at mailguard-policies.yaml:3:5;"
                + " give one of them another id", error.getMessage());
    }

    @Test
    void aMisspeltFieldIsALocatedLoadError() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        write("mail/policies.yaml", TLS_POLICY.replace("self.authentication.basicRequiresTls", "self.authentcation.basicRequiresTls"));
        UsageException error = assertThrows(UsageException.class, () -> check(settings()));
        assertTrue(error.getMessage().startsWith("mail/policies.yaml:8:14: policy ACME001: `require` does not compile:"
                + " undefined field 'authentcation'"), error.getMessage());
        assertTrue(error.getMessage().contains("the keys anonymousAccessException, authentication, bindings, name, permissions, relay, role"), error.getMessage());
    }

    @Test
    void shapeErrorsAreLocated() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        assertRefused(TLS_POLICY.replace("ACME001", "MG001"), "mail/p.yaml:3:9: the policy id MG001 looks like one of MailGuard's own rules");
        assertRefused(TLS_POLICY.replace("ACME001", "acme"), "mail/p.yaml:3:9: the policy id `acme` must be");
        assertRefused(TLS_POLICY.replace("severity: error", "severity: fatal"), "mail/p.yaml:5:15: policy ACME001: severity must be error, warning or info");
        assertRefused(TLS_POLICY.replace("appliesTo: smtpVirtualServer", "appliesTo: mailbox"), "mail/p.yaml:6:16: policy ACME001: appliesTo must be one of");
        assertRefused(TLS_POLICY.replace("at: authentication.basicRequiresTls", "at: authentication.tls"),
                "mail/p.yaml:3:5: policy ACME001: at names `authentication.tls`, which a smtpVirtualServer does not have");
        assertRefused(TLS_POLICY.replace("{name} must", "{object} must"), "mail/p.yaml:10:14: policy ACME001: the message names {object}");
        assertRefused(TLS_POLICY.replace("    description:", "    descripton:"), "mail/p.yaml:11:5: a policy has no key `descripton`");
        assertRefused(TLS_POLICY.replace("    require: self.authentication.basicRequiresTls == true\n", ""),
                "mail/p.yaml:3:5: policy ACME001 has no `require`");
        assertRefused(TLS_POLICY.replace("basicRequiresTls == true", "basicRequiresTls == 1"), "mail/p.yaml:8:14: policy ACME001: `require` does not compile");
        assertRefused(TLS_POLICY.replace("self.role == \"internet-bridgehead\"", "self.role == 1"),
                "mail/p.yaml:7:11: policy ACME001: `when` does not compile: found no matching overload");
    }

    private void assertRefused(String policyFile, String expected) throws IOException {
        write("mail/p.yaml", policyFile);
        UsageException error = assertThrows(UsageException.class, () -> check(settings()));
        assertTrue(error.getMessage().startsWith(expected), error.getMessage());
    }

    @Test
    void whatCannotBeEvaluatedIsAFindingUnderThePolicysId() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        write("mail/policies.yaml", "policies:\n" + policy("ACME020", "smtpVirtualServer", "self.permissions.submit.size() > 0"));
        List<Finding> findings = check(settings()).findings().stream().filter(f -> f.rule().id().equals("ACME020")).toList();
        assertEquals(2, findings.size());
        assertTrue(findings.get(0).message().startsWith("could not evaluate policy ACME020 on EXCH01/Internet SMTP: "),
                findings.get(0).message());
        assertEquals(Severity.WARNING, findings.get(0).severity());
    }

    @Test
    void mailFunctionsJudgeAddresses() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        write("mail/policies.yaml", "policies:\n"
                + policy("ACME030", "smtpVirtualServer", "within(self.relay.hosts, [\"10.0.0.0/8\"])")
                + policy("ACME031", "smtpVirtualServer", "!hasPublic(self.relay.hosts)")
                + policy("ACME032", "smtpVirtualServer", "self.relay.hosts.all(h, inRange(h, \"10.1.0.0/16\"))")
                + policy("ACME033", "smtpVirtualServer", "breadth(self.relay.hosts) == \"narrow\" && breadth([\"0.0.0.0/1\", \"128.0.0.0/1\"]) == \"internet-wide\"")
                + policy("ACME034", "smtpVirtualServer", "inRange(\"all-unassigned\", \"10.0.0.0/8\")"));
        CheckResult result = check(settings());
        assertEquals(List.of("EXCH01/Internet SMTP"), objects(result, "ACME030"));
        assertEquals(List.of("EXCH01/Internet SMTP"), objects(result, "ACME031"));
        assertEquals(List.of("EXCH01/Internet SMTP"), objects(result, "ACME032"));
        assertEquals(List.of(), objects(result, "ACME033"));
        assertTrue(found(result, "ACME034").get(0).contains("`all-unassigned` is not an IP address"), found(result, "ACME034").get(0));
    }

    private static List<String> objects(CheckResult result, String id) {
        return result.findings().stream().filter(f -> f.rule().id().equals(id)).map(Finding::object).toList();
    }

    @Test
    void policyFindingsAreSuppressedLikeAnyOther() throws IOException {
        write("mail/topology.yaml", TOPOLOGY.replace("      basicRequiresTls: false",
                "      # mailguard:ignore ACME001 reason=\"TLS offload in front\"\n          basicRequiresTls: false"));
        write("mail/policies.yaml", TLS_POLICY);
        CheckResult result = check(settings());
        Finding finding = result.findings().stream().filter(f -> f.rule().id().equals("ACME001")).findFirst().orElseThrow();
        assertTrue(!finding.counts() && !result.failed(), result.findings().toString());
    }

    @Test
    void examplesThatDoNotBehaveAreLoadErrors() throws IOException {
        write("mail/topology.yaml", TOPOLOGY);
        String examples = """
                    examples:
                      incorrect: |
                        apiVersion: mailguard/v1
                        organization: x
                        servers:
                          - name: S
                            smtpVirtualServers:
                              - {name: V, role: internet-bridgehead, authentication: {basic: true, basicRequiresTls: %s}}
                      correct: |
                        apiVersion: mailguard/v1
                        organization: x
                        servers:
                          - name: S
                            smtpVirtualServers:
                              - {name: V, role: internet-bridgehead, authentication: {basic: true, basicRequiresTls: %s}}
                """;
        write("mail/policies.yaml", TLS_POLICY + examples.formatted("false", "true"));
        assertEquals(1, found(check(settings()), "ACME001").size(), "examples that behave load");
        write("mail/policies.yaml", TLS_POLICY + examples.formatted("true", "true"));
        UsageException error = assertThrows(UsageException.class, () -> check(settings()));
        assertTrue(error.getMessage().startsWith("mail/policies.yaml:13:18: policy ACME001: its incorrect example gives no ACME001 finding"),
                error.getMessage());
        write("mail/policies.yaml", TLS_POLICY + examples.formatted("false", "false"));
        error = assertThrows(UsageException.class, () -> check(settings()));
        assertTrue(error.getMessage().startsWith("mail/policies.yaml:20:16: policy ACME001: its correct example gives 1 ACME001 finding"),
                error.getMessage());
    }

    @Test
    void aFileWithOrganizationAndPoliciesIsASchemaViolation() throws IOException {
        write("mail/topology.yaml", TOPOLOGY + "policies: []\n");
        CheckResult result = check(settings());
        assertTrue(result.findings().stream().anyMatch(f -> f.rule().id().equals("MG100") && f.message().contains("policies")),
                result.findings().toString());
    }

    @Test
    void inPreMergeModeTheWorkingTreesPoliciesJudgeBothSides() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        write("mail/topology.yaml", TOPOLOGY);
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("topology").setAuthor("MailGuard", "mailguard@example.com")
                    .setCommitter("MailGuard", "mailguard@example.com").setSign(false).call();
        }
        // the policy arrives with the change: what the revision already had is not the change's doing
        write("mail/policies.yaml", TLS_POLICY);
        CheckResult result = check(settings().newSince("main"));
        Finding old = result.findings().stream().filter(f -> f.rule().id().equals("ACME001")).findFirst().orElseThrow();
        assertTrue(!old.counts(), "present at main, judged by the working tree's policy: " + old);
        write("mail/topology.yaml", TOPOLOGY.replace("basicRequiresTls: true", "basicRequiresTls: false")
                .replace("role: internal", "role: internet-bridgehead"));
        assertTrue(check(settings().newSince("main")).failures().stream().anyMatch(f -> f.rule().id().equals("ACME001")
                && f.object().equals("EXCH01/Internal SMTP")), "a new breach of the policy fails");
    }

    private Path pack(String name, String policies) throws IOException {
        Path jar = dir.resolve("packs").resolve(name);
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(PolicyFiles.PACK_FOLDER + "acme.yaml"));
            zip.write(policies.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}
