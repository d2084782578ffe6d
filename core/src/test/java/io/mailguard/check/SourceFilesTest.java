package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir
    Path dir;

    @Test
    void findsYamlFilesByIncludesAndExcludesSorted() throws IOException {
        Files.createDirectories(dir.resolve("sites/legacy"));
        for (String name : List.of("b.yaml", "a.yml", "notes.txt", "sites/c.yaml", "sites/legacy/d.yaml")) {
            Files.writeString(dir.resolve(name), "x: y\n");
        }
        List<Path> found = SourceFiles.find(dir, List.of(), List.of("**/legacy/**"));
        assertEquals(List.of(dir.resolve("a.yml"), dir.resolve("b.yaml"), dir.resolve("sites/c.yaml")), found);
    }

    @Test
    void matchesGlobsAgainstPathsRelativeToTheFolderHoweverItIsWritten() {
        List<String> includes = List.of("src/test/resources/io/mailguard/fuzz/**/*.yaml");
        List<Path> fromHere = SourceFiles.find(Path.of(""), includes, List.of());
        assertTrue(fromHere.size() > 10, fromHere.toString());
        assertEquals(fromHere.size(), SourceFiles.find(Path.of("."), includes, List.of()).size());
        assertEquals(fromHere.size(), SourceFiles.find(Path.of("").toAbsolutePath(), includes, List.of()).size());
        assertEquals("src/test/x.yaml", MailGuard.displayPath(Path.of(""), Path.of("src/test/x.yaml")));
        assertEquals("x.yaml", MailGuard.displayPath(Path.of("src/test/"), Path.of("src/test/x.yaml")));
        assertEquals("/elsewhere/x.yaml", MailGuard.displayPath(Path.of("src"), Path.of("/elsewhere/x.yaml")));
    }

    @Test
    void aMissingFolderIsAClearError() {
        UsageException missing = assertThrows(UsageException.class, () -> SourceFiles.find(dir.resolve("mail"), List.of(), List.of()));
        assertEquals(dir.resolve("mail") + " does not exist", missing.getMessage());
    }

    @Test
    void aFileIsCheckedAsItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("hub.yaml"), "x: y\n");
        assertEquals(List.of(file), SourceFiles.find(file, List.of(), List.of()));
    }

    @Test
    void aSymbolicLinkLoopIsAClearError() throws IOException {
        Files.createDirectories(dir.resolve("mail/site"));
        Files.createSymbolicLink(dir.resolve("mail/site/loop"), dir.resolve("mail"));
        UsageException loop = assertThrows(UsageException.class, () -> SourceFiles.find(dir.resolve("mail"), List.of(), List.of()));
        assertTrue(loop.getMessage().contains("form a loop"), loop.getMessage());
        assertTrue(loop.getMessage().contains("remove the link or exclude that folder"), loop.getMessage());
    }
}
