package io.mailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** {@code --policies}, {@code --policy-pack} and {@code mailguard policies test}, as a user runs them. */
class PoliciesCommandTest extends CommandLineTest {

    private static final String HUB = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH02
                product: exchange-2003
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    authentication: {anonymous: false}
                    permissions: {submit: [Everyone]}
            """;

    private static final String NO_EVERYONE = """
            apiVersion: mailguard/v1
            policies:
              - id: ACME003
                name: no-everyone
                severity: error
                appliesTo: smtpVirtualServer
                require: '!(has(self.permissions.submit) && "Everyone" in self.permissions.submit)'
                at: permissions.submit
                message: "{name} grants Submit to Everyone"
                description: Nobody grants rights to Everyone.
                examples:
                  incorrect: |
                    apiVersion: mailguard/v1
                    organization: x
                    servers:
                      - name: S
                        smtpVirtualServers:
                          - {name: V, permissions: {submit: [Everyone]}}
                  correct: |
                    apiVersion: mailguard/v1
                    organization: x
                    servers:
                      - name: S
                        smtpVirtualServers:
                          - {name: V, permissions: {submit: [Exchange Domain Servers]}}
            """;

    @Test
    void policiesOptionJudgesTheSources() throws IOException {
        write("mail/hub.yaml", HUB);
        write("rules/acme.yaml", NO_EVERYONE);
        assertEquals(1, run("check", "--policies", dir.resolve("rules").toString(), dir.resolve("mail").toString()), err.toString());
        assertTrue(out.toString().contains("mail/hub.yaml:10:31: error ACME003 no-everyone: EXCH02/Internal SMTP grants Submit to Everyone"),
                out.toString());
    }

    @Test
    void aPolicyPackJudgesTheSources() throws IOException {
        write("mail/hub.yaml", HUB);
        Path jar = dir.resolve("acme-policies.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("META-INF/mailguard/policies/acme.yaml"));
            zip.write(NO_EVERYONE.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, run("check", "--policy-pack", jar.toString(), dir.resolve("mail").toString()), err.toString());
        assertTrue(out.toString().contains("error ACME003 no-everyone"), out.toString());
    }

    @Test
    void aPolicyThatDoesNotCompileExitsTwoLocated() throws IOException {
        write("mail/hub.yaml", HUB);
        write("mailguard-policies.yaml", NO_EVERYONE.replace("self.permissions.submit)", "self.permisions.submit)"));
        assertEquals(2, run("check", dir.resolve("mail").toString()));
        assertTrue(err.toString().startsWith("mailguard: mailguard-policies.yaml:7:14: policy ACME003: `require` does not compile:"
                + " undefined field 'permisions'"), err.toString());
    }

    @Test
    void policiesTestRunsTheExamples() throws IOException {
        Path good = write("rules/acme.yaml", NO_EVERYONE);
        assertEquals(0, run("policies", "test", good.toString()), err.toString());
        assertTrue(out.toString().contains("1 policy, 2 examples: 2 behave as stated, 0 do not"), out.toString());
        out.getBuffer().setLength(0);
        Path bad = write("rules/acme.yaml", NO_EVERYONE.replace("{submit: [Exchange Domain Servers]}", "{submit: [Everyone]}"));
        assertEquals(1, run("policies", "test", bad.toString()), err.toString());
        assertTrue(out.toString().contains("rules/acme.yaml:19:16: policy ACME003: its correct example gives 1 ACME003 finding"),
                out.toString());
        assertTrue(out.toString().contains("2 examples: 1 behave as stated, 1 do not"), out.toString());
    }

    @Test
    void policiesTestWithNothingToTestIsAUsageError() {
        assertEquals(2, run("policies", "test", dir.toString()));
        assertTrue(err.toString().contains("there is no policy to test"), err.toString());
    }
}
