package io.mailguard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobsTest {

    private static final List<String> PATHS = List.of("a.yaml", "x/a.yaml", "x/y/a.yaml", "a.yml", "a.yaml.bak", "x/.yaml",
            ".yaml", "dir.yaml/file", "x/a.YAML", "a-yaml", "x/a.yamlx", "mail/relay.yaml", "x/y/z/b.yml");

    /** Told by the name's ending or by the file system's glob matcher, the answer is the matcher's. */
    @ParameterizedTest
    @ValueSource(strings = {"**/*.yaml", "**/*.yml", "**/*.YAML", "**/*.yaml.bak", "**/*", "*.yaml", "x/**/*.yaml", "**/a.*"})
    void matchesAsTheFileSystemGlobDoesWithTopLevelFiles(String glob) {
        PathMatcher anyDepth = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        PathMatcher topLevel = FileSystems.getDefault().getPathMatcher("glob:" + glob.replaceFirst("^(\\*\\*/)+", ""));
        Globs globs = Globs.of(List.of(glob));
        for (String path : PATHS) {
            boolean expected = anyDepth.matches(Path.of(path)) || topLevel.matches(Path.of(path));
            assertEquals(expected, globs.matches(path), glob + " on " + path);
        }
    }
}
