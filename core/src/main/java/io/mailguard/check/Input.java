package io.mailguard.check;

import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;
import java.nio.file.Path;

/**
 * A file to check: on disk, or its bytes as an earlier git revision held them.
 *
 * @param file the name findings carry
 * @param path the file on disk, or {@code null}
 * @param bytes the content of a revision's file, or {@code null} (on disk, or over the size limit)
 * @param size the size of a revision's file
 */
record Input(String file, Path path, byte[] bytes, long size) {

    static Input onDisk(String file, Path path) {
        return new Input(file, path, null, -1);
    }

    LoadResult load(YamlLoader loader) {
        if (path != null) {
            return loader.load(path, file);
        }
        return bytes != null ? loader.load(bytes, file) : loader.tooLarge(file, size);
    }
}
