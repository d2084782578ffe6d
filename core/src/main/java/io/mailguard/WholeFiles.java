package io.mailguard;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: into a new file beside it, then moved over it in one step. A failure (a full
 * disk, a build stopped halfway) never leaves part of a report or a baseline where the old file stood, and the move
 * replaces a link rather than writing through it.
 */
public final class WholeFiles {

    /** Opens the new file for writing: the file system, or a test's failing stand-in. */
    @FunctionalInterface
    public interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFiles() {
    }

    /** Writes {@code bytes} as the whole of {@code file}. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, Files::newOutputStream, out -> out.write(bytes));
    }

    /** Writes what {@code content} writes as the whole of {@code file}, through a stream {@code opener} opens. */
    public static void write(Path file, Opener opener, Content content) throws IOException {
        // a new name (never an existing file or link), with the permissions any new file gets
        Path temporary = Files.createFile(file.resolveSibling("." + file.getFileName() + "-" + UUID.randomUUID() + ".tmp"));
        try {
            try (OutputStream out = new BufferedOutputStream(opener.open(temporary))) {
                content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed); // the write failed already; that is the error to report
            }
            throw e;
        }
    }
}
