package io.mailguard.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Remembers the inputs of the last successful check, so an unchanged build can skip it: the plugin
 * version, the configuration, today's date (exceptions expire) and each input file's path, size and
 * modification time.
 */
final class CheckStamp {

    private final Path file;
    private final String digest;

    private CheckStamp(Path file, String digest) {
        this.file = file;
        this.digest = digest;
    }

    /** The stamp of these inputs, to be stored at {@code file}. */
    static CheckStamp of(Path file, List<String> settings, List<Path> inputs) throws IOException {
        MessageDigest sha = sha256();
        for (String setting : settings) {
            update(sha, setting);
        }
        for (Path input : inputs) {
            update(sha, input.toAbsolutePath().toString());
            update(sha, Files.size(input) + "@" + Files.getLastModifiedTime(input).toMillis());
        }
        return new CheckStamp(file, HexFormat.of().formatHex(sha.digest()));
    }

    /** True when the last successful check had exactly these inputs. */
    boolean unchanged() throws IOException {
        return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(digest);
    }

    void save() throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, digest, StandardCharsets.UTF_8);
    }

    void forget() throws IOException {
        Files.deleteIfExists(file);
    }

    private static void update(MessageDigest sha, String value) {
        sha.update(value.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
