package io.mailguard.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a file's bytes, {@code sha256:} and 16 hex digits: what a finding about a file that
 * could not be read at all is tied to, so it is never accepted for other bytes.
 */
final class FileVersion {

    private FileVersion() {
    }

    static String of(byte[] bytes) {
        MessageDigest digest = sha256();
        digest.update(bytes);
        return text(digest);
    }

    /** The version of a file on disk, read in blocks (it may be too large to hold). */
    static String of(Path path) {
        MessageDigest digest = sha256();
        byte[] block = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(block); n > 0; n = in.read(block)) {
                digest.update(block, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.getFileName() + ": " + e.getMessage(), e);
        }
        return text(digest);
    }

    private static String text(MessageDigest digest) {
        return "sha256:" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
