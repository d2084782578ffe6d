package io.mailguard.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Remembers the inputs of the last successful check, so an unchanged build can skip it: the plugin
 * version, the configuration, today's date (exceptions expire) and each input file's path, size and
 * modification time. The reports it wrote must still be there.
 */
final class CheckStamp {

    private final Path file;
    private final String digest;
    private final List<Path> outputs;

    private CheckStamp(Path file, String digest, List<Path> outputs) {
        this.file = file;
        this.digest = digest;
        this.outputs = outputs;
    }

    /** The stamp of these inputs, to be stored at {@code file}. */
    static CheckStamp of(Path file, List<String> settings, List<Path> inputs, List<Path> outputs)
            throws MojoExecutionException {
        MessageDigest sha = sha256();
        for (String setting : settings) {
            update(sha, setting);
        }
        try {
            for (Path input : inputs) {
                update(sha, input.toAbsolutePath().toString());
                update(sha, Files.size(input) + "@" + Files.getLastModifiedTime(input).toMillis());
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the configuration files: " + e.getMessage(), e);
        }
        return new CheckStamp(file, HexFormat.of().formatHex(sha.digest()), outputs);
    }

    /** True when the last successful check had exactly these inputs and its reports are still there. */
    boolean unchanged() {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(digest)
                    && outputs.stream().allMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps the stamp after a successful check; forgets it after a failed one. */
    void record(boolean passed) throws MojoExecutionException {
        try {
            if (passed) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, digest, StandardCharsets.UTF_8);
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
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
