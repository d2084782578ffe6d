package io.mailguard.check;

import io.mailguard.Globs;
import io.mailguard.InvalidGlobException;
import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
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
     * Links are followed inside the directory's own real path; see {@link #find(Path, Path, List, List)}.
     *
     * @throws UsageException when the directory is missing, unreadable, or has a symbolic-link loop
     * @throws InvalidSettingException when a glob cannot be read
     */
    public static List<Path> find(Path directory, List<String> includes, List<String> excludes) {
        return find(directory, directory, includes, excludes);
    }

    /**
     * The matching entries under {@code directory}, sorted; a path that is not a folder is returned as
     * it is. Entries the check must refuse are returned too, so that the check reports them (MG111)
     * instead of skipping them: a matching dangling link, FIFO or device, and a link to a folder whose
     * real path is outside {@code projectRoot} (not walked).
     *
     * @throws UsageException when the directory is missing, unreadable, or has a symbolic-link loop
     * @throws InvalidSettingException when a glob cannot be read
     */
    public static List<Path> find(Path projectRoot, Path directory, List<String> includes, List<String> excludes) {
        if (Files.exists(directory) && !Files.isDirectory(directory) || Files.isSymbolicLink(directory) && !Files.exists(directory)) {
            return List.of(directory);
        }
        if (!Files.exists(directory)) {
            throw new UsageException(directory + " does not exist");
        }
        if (!Files.isReadable(directory)) {
            throw new UsageException(directory + " is not a readable directory");
        }
        Globs include = globs(Setting.INCLUDES, includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        Globs exclude = globs(Setting.EXCLUDES, excludes);
        Path root = realPath(projectRoot);
        Set<Path> files = new TreeSet<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                    if (Files.isSymbolicLink(folder) && !folder.toRealPath().startsWith(root)) {
                        files.add(folder);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // with links followed, a dangling link comes with the link's own attributes
                    boolean checkable = attributes.isRegularFile() || attributes.isSymbolicLink() || attributes.isOther();
                    if (checkable) {
                        String relative = MailGuard.relative(directory, file).replace('\\', '/');
                        if (include.matches(relative) && !exclude.matches(relative)) {
                            files.add(file);
                        }
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

    /** The globs of a setting; a glob that cannot be read is that setting's error. */
    static Globs globs(Setting setting, List<String> globs) {
        try {
            return Globs.of(globs);
        } catch (InvalidGlobException e) {
            throw new InvalidSettingException(setting, e.glob(), "must be a glob; " + e.getMessage());
        }
    }

    private static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static UsageException walkFailed(Path directory, IOException cause) {
        if (cause instanceof FileSystemLoopException loop) {
            return new UsageException("symbolic links under " + directory + " form a loop at " + loop.getFile()
                    + "; remove the link or exclude that folder", cause);
        }
        return new UsageException("cannot read " + directory + ": " + cause.getMessage(), cause);
    }
}
