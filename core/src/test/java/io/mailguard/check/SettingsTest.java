package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One place turns what a user sets into a check; a bad setting names itself, its value and what is allowed. */
class SettingsTest {

    @TempDir
    Path project;

    private Path mail;

    @BeforeEach
    void aProject() throws IOException {
        mail = Files.createDirectories(project.resolve("src/main/mail"));
        Files.writeString(mail.resolve("hub.yaml"), Topologies.ANONYMOUS_INTERNAL);
    }

    private Settings settings() {
        return new Settings(project, LocalDate.of(2026, 11, 27)).sources(List.of(mail));
    }

    private InvalidSettingException invalid(UnaryOperator<Settings> change) {
        return assertThrows(InvalidSettingException.class, () -> change.apply(settings()).request());
    }

    @Test
    void eachBadSettingSaysWhatIsAllowed() throws IOException {
        InvalidSettingException failOn = invalid(s -> s.failOn("errors"));
        assertEquals(Setting.FAIL_ON, failOn.setting());
        assertEquals("<failOn> must be error, warning, info or never, not 'errors'", failOn.describe("<failOn>"));

        InvalidSettingException severity = invalid(s -> s.severities(Map.of("MG014", "loud")));
        assertEquals(Setting.SEVERITIES, severity.setting());
        assertEquals("--severity must give MG014 the severity error, warning, info or off, not 'MG014=loud'",
                severity.describe("--severity"));
        assertEquals("must name a rule that `mailguard rules` lists, such as MG014, or a policy of this check",
                invalid(s -> s.severities(Map.of("MG999", "off"))).requirement());

        InvalidSettingException size = invalid(s -> s.maxFileSize(-1));
        assertEquals(Setting.MAX_FILE_SIZE, size.setting());
        assertEquals("-1", size.value());

        InvalidSettingException reflog = invalid(s -> s.newSince("HEAD@{yesterday}"));
        assertEquals(Setting.NEW_SINCE, reflog.setting());
        assertTrue(reflog.requirement().startsWith("must name a branch, tag or commit"), reflog.requirement());

        Path folder = Files.createDirectories(project.resolve("etc"));
        InvalidSettingException baseline = invalid(s -> s.baseline(folder, true));
        assertEquals("--baseline must name a baseline file, not a folder, not '" + folder + "'", baseline.describe("--baseline"));
        assertEquals("must name an existing suppression file",
                invalid(s -> s.suppressions(project.resolve("none.yaml"), true)).requirement());
    }

    @Test
    void aBadGlobIsTheSettingsErrorWithItsColumn() {
        InvalidSettingException include = assertThrows(InvalidSettingException.class,
                () -> settings().includes(List.of("[")).files());
        assertEquals(Setting.INCLUDES, include.setting());
        assertEquals("<includes> must be a glob; the glob '[' cannot be read at column 1: the character class '[' is never"
                + " closed; end it with ']', not '['", include.describe("<includes>"));
        assertEquals(Setting.EXCLUDES, assertThrows(InvalidSettingException.class,
                () -> settings().excludes(List.of("a/{b")).files()).setting());
    }

    @Test
    void checkingNothingIsAnErrorUnlessAllowed() throws IOException {
        Path empty = Files.createDirectories(project.resolve("empty"));
        Settings settings = new Settings(project, LocalDate.of(2026, 11, 27)).sources(List.of(empty));
        assertEquals(List.of(empty), assertThrows(NothingToCheckException.class, settings::files).sources());
        assertEquals(List.of(), settings.allowEmpty(true).files());
        assertEquals(0, new MailGuard().check(settings.request()).files().size());
    }

    @Test
    void theDefaultFilesAreUsedOnlyWhenTheyExist() throws IOException {
        Settings settings = settings().suppressions(project.resolve("mailguard-suppressions.yaml"), false)
                .baseline(project.resolve("mailguard-baseline.yaml"), false);
        assertEquals(null, settings.request().accepted().suppressionFile());
        Files.writeString(project.resolve("mailguard-suppressions.yaml"), "suppressions: []\n");
        assertEquals(project.resolve("mailguard-suppressions.yaml"), settings.request().accepted().suppressionFile());
    }

    @Test
    void theProjectOfACommandLineIsTheRepositoryHoldingThePaths() throws IOException {
        Files.createDirectories(project.resolve(".git"));
        assertEquals(project, Settings.projectRootOf(List.of(mail.resolve("hub.yaml"))));
    }

    /** The switch for a user who suspects the fast paths: every file through SnakeYAML Engine and Everit, the same verdict. */
    @Test
    void theFastPathsOffGiveTheSameFindings() {
        CheckRequest quick = settings().request();
        CheckRequest thorough = settings().fastPaths(false).request();
        assertTrue(quick.fastPaths());
        assertFalse(thorough.fastPaths());
        CheckResult expected = new MailGuard().check(quick);
        assertEquals(expected.findings(), new MailGuard().check(thorough).findings());
        assertTrue(expected.failed());
    }

    @Test
    void aRevisionGitCannotParseIsTheSettingsErrorNotABug() throws Exception {
        try (Git git = Git.init().setDirectory(project.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("topology").setAuthor("MailGuard test", "test@example.com")
                    .setCommitter("MailGuard test", "test@example.com").setSign(false).call();
        }
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> new MailGuard().check(settings().newSince("main^{nonsense}").request()));
        assertEquals(Setting.NEW_SINCE, e.setting());
        assertEquals("main^{nonsense}", e.value());
    }
}
