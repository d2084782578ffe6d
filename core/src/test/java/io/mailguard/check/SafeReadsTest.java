package io.mailguard.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How many bytes a read takes: the file's own, wherever its size stands against the limit, even when its size lies. */
class SafeReadsTest {

    @TempDir
    Path project;

    private SafeReads.Bytes read(Path file, long limit) {
        return (SafeReads.Bytes) new SafeReads(file.getParent(), limit).read(file, file.getFileName().toString());
    }

    @Test
    void readsAFileOfExactlyTheLimit() throws IOException {
        byte[] bytes = "organization: contoso\n".getBytes();
        Path file = Files.write(project.resolve("a.yaml"), bytes);
        SafeReads.Bytes read = read(file, bytes.length);
        assertArrayEquals(bytes, read.bytes());
        assertEquals(bytes.length, read.size());
    }

    @Test
    void refusesAFileOneByteOverTheLimit() throws IOException {
        Path file = Files.write(project.resolve("a.yaml"), "organization: contoso\n".getBytes());
        SafeReads.Bytes read = read(file, Files.size(file) - 1);
        assertNull(read.bytes());
        assertEquals(Files.size(file), read.size());
    }

    @Test
    void readsAnEmptyFile() throws IOException {
        Path file = Files.write(project.resolve("a.yaml"), new byte[0]);
        assertArrayEquals(new byte[0], read(file, 10).bytes());
    }

    /** A file that holds more than its size says (Linux's /proc files say 0) is read to its end, within the limit. */
    @Test
    void readsPastTheSizeFirstSeenAndStillHoldsTheLimit() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0, "no /proc file whose size is 0 on this system");
        Path real = status.toRealPath();
        SafeReads.Bytes whole = read(real, 1 << 20);
        assertEquals("Name:", new String(whole.bytes(), 0, 5));
        assertEquals(whole.bytes().length, whole.size());
        SafeReads.Bytes bounded = read(real, 40);
        assertNull(bounded.bytes());
    }
}
