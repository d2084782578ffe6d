package io.mailguard.check;

import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * A file to check: on disk, or its bytes as an earlier git revision held them. A file on disk is read
 * only through {@link SafeReads}: inside the project, a regular file, or an MG111 finding instead.
 *
 * @param file the name findings carry
 * @param path the file on disk, or {@code null}
 * @param bytes the content of a revision's file, or {@code null} (on disk, or over the size limit)
 * @param size the size of a revision's file
 * @param reads how a file on disk is read, or {@code null} for a revision's file
 * @param judged where the judged bytes of a file on disk are remembered, or {@code null}
 */
record Input(String file, Path path, byte[] bytes, long size, SafeReads reads, JudgedText judged) {

    /** A revision's file. */
    Input(String file, byte[] bytes, long size) {
        this(file, null, bytes, size, null, null);
    }

    static Input onDisk(String file, Path path, SafeReads reads, JudgedText judged) {
        return new Input(file, path, null, -1, reads, judged);
    }

    LoadResult load(YamlLoader loader) {
        if (path == null) {
            return bytes != null ? loader.load(bytes, file) : loader.tooLarge(file, size);
        }
        SafeReads.Read read = reads.read(path, file);
        if (read instanceof SafeReads.Refused refused) {
            return new LoadResult(null, List.of(refused.finding()));
        }
        SafeReads.Bytes content = (SafeReads.Bytes) read;
        if (content.bytes() == null) {
            return loader.tooLarge(file, content.size());
        }
        if (judged != null) {
            judged.judged(file, path, content.bytes());
        }
        return loader.load(content.bytes(), file);
    }
}
