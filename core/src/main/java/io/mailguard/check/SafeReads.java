package io.mailguard.check;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Names;
import io.mailguard.Structural;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads files only inside the project: each path is resolved to its real path (links followed) and
 * read only when that is a regular file under the project's real path. Anything else (a link or path
 * leaving the project, a dangling link, a FIFO, a device, a folder) is an MG111 finding, and not one
 * byte of it is read.
 */
final class SafeReads {

    private final Path root;
    private final long maxBytes;
    private final Map<Path, Path> realFolders = new ConcurrentHashMap<>();

    /** Reads under {@code projectDir}, as its real path, at most {@code maxBytes} of a file. */
    SafeReads(Path projectDir, long maxBytes) {
        this.maxBytes = maxBytes;
        Path absolute = projectDir.toAbsolutePath().normalize();
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            real = absolute;
        }
        this.root = real;
    }

    /** What reading one file gave: its bytes (or only its size when over the limit), or a refusal. */
    sealed interface Read permits Bytes, Refused {
    }

    /** The file's bytes; {@code null} when {@code size} is over the limit. */
    record Bytes(byte[] bytes, long size) implements Read {
    }

    /** The MG111 finding that says why the file is not read. */
    record Refused(Finding finding) implements Read {
    }

    /**
     * Reads {@code path} (named {@code file} in findings), at most the limit.
     *
     * @throws UncheckedIOException when the file vanished or cannot be read for another reason
     */
    Read read(Path path, String file) {
        Object target = resolve(path, file);
        if (target instanceof Finding refused) {
            return new Refused(refused);
        }
        Path real = (Path) target;
        try (SeekableByteChannel channel = Files.newByteChannel(real, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long size = channel.size();
            if (size > maxBytes) {
                return new Bytes(null, size);
            }
            // read to the end, not to the size first seen: a file that grows is still bounded by the limit; a
            // file read at the size first seen (nearly all) is read into its array without a copy
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(size, 0));
            ByteBuffer probe = ByteBuffer.allocate(1);
            while (true) {
                if (!buffer.hasRemaining()) {
                    if (channel.read(probe.clear()) < 0) {
                        break;
                    }
                    if (buffer.capacity() >= maxBytes) {
                        return new Bytes(null, buffer.capacity() + 1L);
                    }
                    buffer = ByteBuffer.allocate((int) Math.min(maxBytes, Math.max(16, buffer.capacity() * 2L)))
                            .put(buffer.flip()).put(probe.flip());
                } else if (channel.read(buffer) < 0) {
                    break;
                }
            }
            byte[] bytes = buffer.position() == buffer.capacity() ? buffer.array() : Arrays.copyOf(buffer.array(), buffer.position());
            return new Bytes(bytes, bytes.length);
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /**
     * The request with a suppression file or baseline that MailGuard will not read left out, and the
     * MG111 finding for each added to {@code refused}: the check goes on without it, so nothing it
     * would have suppressed is hidden.
     */
    CheckRequest withoutUnsafeFiles(CheckRequest request, List<Finding> refused) {
        CheckRequest.Accepted accepted = request.accepted();
        Path suppressions = safeOrNull(accepted.suppressionFile(), request.projectDir(), refused);
        Path baseline = safeOrNull(accepted.baseline(), request.projectDir(), refused);
        if (suppressions == accepted.suppressionFile() && baseline == accepted.baseline()) {
            return request;
        }
        return new CheckRequest(request.projectDir(), request.files(), request.failOn(), request.severities(), request.today(),
                request.limits(), new CheckRequest.Accepted(suppressions, baseline, accepted.newSince()), request.fastPaths(),
                request.policies());
    }

    private Path safeOrNull(Path file, Path projectDir, List<Finding> refused) {
        if (file == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return file;
        }
        Optional<Finding> refusal = refusal(file, MailGuard.displayPath(projectDir, file));
        refusal.ifPresent(refused::add);
        return refusal.isPresent() ? null : file;
    }

    /** The MG111 finding for a file MailGuard will not read, or empty when it may read it. */
    Optional<Finding> refusal(Path path, String file) {
        return resolve(path, file) instanceof Finding refused ? Optional.of(refused) : Optional.empty();
    }

    /** The real path of a regular file inside the project, or the finding that refuses it. */
    private Object resolve(Path path, String file) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            BasicFileAttributes own = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Path real;
            try {
                real = own.isSymbolicLink() || absolute.getParent() == null ? absolute.toRealPath()
                        : realFolder(absolute.getParent()).resolve(absolute.getFileName());
            } catch (NoSuchFileException e) {
                return unsafe(file, "it is a symbolic link to " + Names.shorten(String.valueOf(Files.readSymbolicLink(absolute)))
                        + ", which does not exist (a dangling link); remove the link or point it at a file in the project");
            }
            String via = own.isSymbolicLink() ? "it is a symbolic link to " : "its real path is ";
            if (!real.startsWith(root)) {
                return unsafe(file, via + Names.shorten(real.toString()) + ", outside the project " + root
                        + "; MailGuard reads only files inside the project: copy the file in, or exclude the path");
            }
            BasicFileAttributes attributes = own.isSymbolicLink()
                    ? Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS) : own;
            if (attributes.isDirectory()) {
                return unsafe(file, (own.isSymbolicLink() ? "it is a symbolic link to a folder" : "it is a folder")
                        + " where a file was expected; name the file");
            }
            if (!attributes.isRegularFile()) {
                return unsafe(file, (own.isSymbolicLink() ? "it is a symbolic link to " : "it is ") + special(real)
                        + ", not a regular file; MailGuard does not read it: remove it or exclude the path");
            }
            return real;
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** The real path of a folder, worked out once per folder: most checks read many files of few folders. */
    private Path realFolder(Path folder) throws IOException {
        Path known = realFolders.get(folder);
        if (known == null) {
            known = folder.toRealPath();
            realFolders.put(folder, known);
        }
        return known;
    }

    /** A FIFO, a device or a socket, as the file system says. */
    private static String special(Path real) {
        try {
            int type = ((Integer) Files.getAttribute(real, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file (a FIFO, device or socket)";
        }
    }

    private static Finding unsafe(String file, String why) {
        return Finding.inFile(Structural.UNSAFE_PATH, new Location(file, 1, 1, ""), "MailGuard does not read " + file + ": " + why);
    }

    private static UncheckedIOException cannotRead(String file, IOException e) {
        String why = e instanceof NoSuchFileException ? "it no longer exists"
                : e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
        return new UncheckedIOException("cannot read " + file + ": " + why, e);
    }
}
