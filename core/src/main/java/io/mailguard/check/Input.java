package io.mailguard.check;

import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;
import java.nio.file.Path;

/**
 * A file to check: on disk, or its bytes as an earlier git revision held them.
 *
 * @param file the name findings carry
 * @param path the file on disk, or {@code null}
 * @param bytes the content, or {@code null} for a file on disk
 */
record Input(String file, Path path, byte[] bytes) {

    LoadResult load(YamlLoader loader) {
        return path != null ? loader.load(path, file) : loader.load(bytes, file);
    }
}
