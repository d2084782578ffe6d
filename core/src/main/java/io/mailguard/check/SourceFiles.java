package io.mailguard.check;

import io.mailguard.Globs;
import io.mailguard.UsageException;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Finds the files to check under a source directory, by include and exclude globs. */
public final class SourceFiles {

    /** The default includes: every {@code .yaml} and {@code .yml} file. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml");

    private SourceFiles() {
    }

    /**
     * The matching files under {@code directory}, sorted; a path that is a file is returned as it is.
     *
     * @throws UsageException when the directory is missing, unreadable, or has a symbolic-link loop
     */
    public static List<Path> find(Path directory, List<String> includes, List<String> excludes) {
        if (Files.isRegularFile(directory)) {
            return List.of(directory);
        }
        if (!Files.exists(directory)) {
            throw new UsageException(directory + " does not exist");
        }
        if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
            throw new UsageException(directory + " is not a readable directory");
        }
        Globs include = Globs.of(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        Globs exclude = Globs.of(excludes);
        Set<Path> files = new TreeSet<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String relative = MailGuard.relative(directory, file).replace('\\', '/');
                    if (attributes.isRegularFile() && include.matches(relative) && !exclude.matches(relative)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw e;
                }
            });
        } catch (IOException e) {
            throw walkFailed(directory, e);
        }
        return new ArrayList<>(files);
    }

    private static UsageException walkFailed(Path directory, IOException cause) {
        if (cause instanceof FileSystemLoopException loop) {
            return new UsageException("symbolic links under " + directory + " form a loop at " + loop.getFile()
                    + "; remove the link or exclude that folder", cause);
        }
        return new UsageException("cannot read " + directory + ": " + cause.getMessage(), cause);
    }
}
