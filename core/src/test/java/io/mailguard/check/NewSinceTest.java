package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.UsageException;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pre-merge mode in a real (temporary) git repository, written with JGit: no git binary needed. */
class NewSinceTest {

    @TempDir
    Path dir;

    private static final String HUB = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH02
                product: exchange-2003
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    authentication:
                      anonymous: true
                    relay:
                      restriction: only-listed
                      hosts: [10.1.0.0/24]
                      allowAuthenticatedComputers: false
            """;

    private CheckResult check(String revision) throws IOException {
        Path mail = dir.resolve("src/main/mail");
        return new MailGuard().check(new CheckRequest(dir, SourceFiles.find(mail, List.of(), List.of()), FailOn.ERROR,
                SeverityOverrides.NONE, LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT,
                new CheckRequest.Accepted(null, null, new CheckRequest.NewSince(revision, List.of(mail), List.of(), List.of()))));
    }

    private void commit(String hub) throws IOException, GitAPIException {
        Files.createDirectories(dir.resolve("src/main/mail"));
        Files.writeString(dir.resolve("src/main/mail/hub.yaml"), hub);
        try (Git git = Git.open(dir.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("topology").setAuthor("MailGuard", "mailguard@example.com")
                    .setCommitter("MailGuard", "mailguard@example.com").setSign(false).call();
        }
    }

    @Test
    void aReformatPassesAndAnAddedOpenRelayFails() throws Exception {
        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        commit(HUB);

        // reformatted and reordered, with the existing MG003 still there: nothing new
        Files.writeString(dir.resolve("src/main/mail/hub.yaml"), """
                organization: contoso
                apiVersion: mailguard/v1
                servers:
                  - name: EXCH02
                    smtpVirtualServers:
                      - {name: Internal SMTP, role: internal, authentication: {anonymous: true},
                         relay: {hosts: [10.1.0.0/24], restriction: only-listed, allowAuthenticatedComputers: false}}
                    product: exchange-2003
                """);
        CheckResult reformatted = check("main");
        assertTrue(!reformatted.failed(), reformatted.failures().toString());
        assertEquals(1, reformatted.suppressed());

        Files.writeString(dir.resolve("src/main/mail/hub.yaml"), HUB.replace("hosts: [10.1.0.0/24]", "hosts: [10.1.0.0/24, 0.0.0.0/0]"));
        CheckResult opened = check("main");
        List<Finding> failures = opened.failures();
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("src/main/mail/hub.yaml:13:32: MG001", failures.get(0).location() + ": " + failures.get(0).rule().id());
    }

    @Test
    void anUnknownRevisionOrAFolderOutsideGitIsAClearError() throws Exception {
        Files.createDirectories(dir.resolve("src/main/mail"));
        Files.writeString(dir.resolve("src/main/mail/hub.yaml"), HUB);
        UsageException outside = assertThrows(UsageException.class, () -> check("main"));
        assertTrue(outside.getMessage().contains("is not in a git repository"), outside.getMessage());

        Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call().close();
        commit(HUB);
        UsageException unknown = assertThrows(UsageException.class, () -> check("origin/nope"));
        assertTrue(unknown.getMessage().contains("the git revision 'origin/nope' (newSince) is not known"), unknown.getMessage());
    }
}
