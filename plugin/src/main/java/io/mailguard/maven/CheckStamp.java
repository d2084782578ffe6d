package io.mailguard.maven;

import io.mailguard.report.ReportWriteException;
import io.mailguard.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Remembers the inputs of the last successful check, so an unchanged build can skip it: the plugin
 * version, the configuration, today's date (exceptions expire) and each input file's path, size and
 * modification time, as plain text. The reports it wrote must still be there.
 */
final class CheckStamp {

    private final Path file;
    private final String inputs;
    private final List<Path> outputs;

    private CheckStamp(Path file, String inputs, List<Path> outputs) {
        this.file = file;
        this.inputs = inputs;
        this.outputs = outputs;
    }

    /** The stamp of these inputs, to be stored at {@code file}. */
    static CheckStamp of(Path file, List<String> settings, List<Path> inputs, List<Path> outputs)
            throws MojoExecutionException {
        StringBuilder text = new StringBuilder();
        settings.forEach(setting -> text.append(setting).append('\n'));
        try {
            for (Path input : inputs) {
                text.append(input.toAbsolutePath()).append('\t').append(attributes(input, LinkOption.NOFOLLOW_LINKS));
                // a link: what it points at, and that file as it is now (a dangling link has none)
                if (Files.isSymbolicLink(input)) {
                    text.append('\t').append(Files.readSymbolicLink(input)).append('\t')
                            .append(Files.exists(input) ? attributes(input) : "dangling");
                }
                text.append('\n');
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the configuration files: " + e.getMessage(), e);
        }
        return new CheckStamp(file, text.toString(), outputs);
    }

    private static String attributes(Path file, LinkOption... options) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, options);
        return attributes.size() + "\t" + attributes.lastModifiedTime().toMillis();
    }

    /** True when the last successful check had exactly these inputs and its reports are still there. */
    boolean unchanged() {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.readString(file, StandardCharsets.UTF_8).equals(inputs)
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
                Reports.writeWhole(file, inputs.getBytes(StandardCharsets.UTF_8));
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException(e instanceof ReportWriteException ? e.getMessage()
                    : "cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
