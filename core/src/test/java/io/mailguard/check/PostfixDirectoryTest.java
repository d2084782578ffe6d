package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Postfix server whose main.cf and master.cf lie in the project: findings name those files' lines, their
 * suppression comments count, and a directory that leaves the project or lacks main.cf is a located finding.
 */
class PostfixDirectoryTest {

    private static final String YAML = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: MX1
                product: postfix
                postfix:
                  configDirectory: %s
            """;
    private static final String MASTER_CF = """
            # service type  private unpriv  chroot  wakeup  maxproc command + args
            smtp      inet  n       -       y       -       -       smtpd
            submission inet n       -       y       -       -       smtpd
              -o smtpd_tls_security_level=encrypt
              -o smtpd_sasl_auth_enable=yes
              -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
            pickup    unix  n       -       y       60      1       pickup
            """;

    @TempDir
    Path project;

    @Test
    void findingsPointAtTheLinesOfMainCf() throws IOException {
        write("postfix/mx1/main.cf", """
                compatibility_level = 3.6
                mynetworks = 127.0.0.0/8
                    0.0.0.0/0
                """);
        write("postfix/mx1/master.cf", MASTER_CF);
        CheckResult result = check(write("mail/mx.yaml", YAML.formatted("../postfix/mx1")));
        Finding relay = only(result, "MG001");
        assertEquals("postfix/mx1/main.cf:3:5", relay.location().toString());
        assertEquals("MX1/smtp", relay.object());
        assertTrue(result.files().contains("mail/mx.yaml"), result.files().toString());
    }

    @Test
    void aCommentLineAboveTheSettingSuppressesItsFinding() throws IOException {
        write("postfix/mx1/main.cf", """
                compatibility_level = 3.6
                # mailguard:ignore MG001 reason="test network, firewalled"
                mynetworks = 0.0.0.0/0
                """);
        write("postfix/mx1/master.cf", MASTER_CF);
        CheckResult result = check(write("mail/mx.yaml", YAML.formatted("../postfix/mx1")));
        Finding relay = result.findings().stream().filter(f -> f.rule().id().equals("MG001")).findFirst().orElseThrow();
        assertFalse(relay.counts(), relay.toString());
    }

    @Test
    void aDirectoryOutsideTheProjectIsNotRead() throws IOException {
        Path outside = Files.createTempDirectory("postfix-outside");
        Files.writeString(outside.resolve("main.cf"), "mynetworks = 0.0.0.0/0 SECRET-VALUE\n");
        try {
            Path yaml = write("mx.yaml", YAML.formatted(project.relativize(outside).toString()));
            CheckResult result = check(yaml);
            Finding unsafe = only(result, "MG111");
            assertEquals("mx.yaml:7:24", unsafe.location().toString());
            assertTrue(result.findings().stream().noneMatch(f -> f.message().contains("SECRET-VALUE")));
            assertTrue(result.findings().stream().noneMatch(f -> f.rule().id().equals("MG001")));
        } finally {
            Files.delete(outside.resolve("main.cf"));
            Files.delete(outside);
        }
    }

    @Test
    void aDirectoryWithoutMainCfIsLocatedAtTheKey() throws IOException {
        Files.createDirectories(project.resolve("postfix/empty"));
        Finding missing = only(check(write("mx.yaml", YAML.formatted("postfix/empty"))), "MG110");
        assertEquals("mx.yaml:7:24", missing.location().toString());
        assertTrue(missing.message().contains("holds no main.cf"), missing.message());
    }

    private static Finding only(CheckResult result, String rule) {
        List<Finding> found = result.findings().stream().filter(f -> f.rule().id().equals(rule)).toList();
        assertEquals(1, found.size(), () -> result.findings().toString());
        return found.get(0);
    }

    private CheckResult check(Path yaml) {
        return new MailGuard().check(new CheckRequest(project, List.of(yaml), FailOn.ERROR, SeverityOverrides.NONE,
                LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT));
    }

    private Path write(String name, String text) throws IOException {
        Path path = project.resolve(name);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, text);
    }
}
