package io.mailguard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all, and a link at its name is replaced, not written through. */
class WholeFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mailguard-baseline.yaml"), "the old baseline\n");

        IOException e = assertThrows(IOException.class, () -> WholeFiles.write(file, Files::newOutputStream, out -> {
            out.write("the first half of the new one".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", e.getMessage());
        assertEquals("the old baseline\n", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void aLinkAtTheNameIsReplacedAndItsTargetKept() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path file = Files.createSymbolicLink(dir.resolve("mailguard.json"), victim);

        WholeFiles.write(file, "{}".getBytes(StandardCharsets.UTF_8));

        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(file));
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        assertEquals(List.of(file, victim), files());
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
