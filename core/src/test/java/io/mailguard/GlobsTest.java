package io.mailguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GlobsTest {

    private static final List<String> PATHS = List.of("a.yaml", "x/a.yaml", "x/y/a.yaml", "a.yml", "a.yaml.bak", "x/.yaml",
            ".yaml", "dir.yaml/file", "x/a.YAML", "a-yaml", "x/a.yamlx", "mail/relay.yaml", "x/y/z/b.yml", "b/c.yaml",
            "x/b.yaml", "a1.yaml", "ab/b.yml", "x/yy/a.yaml");

    /** The answer is the file system glob matcher's, plus Ant's rule that a leading {@code **}{@code /} may match no folder. */
    @ParameterizedTest
    @ValueSource(strings = {"**/*.yaml", "**/*.yml", "**/*.YAML", "**/*.yaml.bak", "**/*", "*.yaml", "x/**/*.yaml", "**/a.*",
            "?.yaml", "x/?/a.yaml", "[ab]*.y*ml", "[!a]/*.yaml", "[a-c]?.yaml", "{x,b}/*.yaml", "**/{a,b}.{yaml,yml}",
            "x/**", "*/*", "**/**/a.yaml", "*.{yaml,yml}", "x/y*/a.yaml"})
    void matchesAsTheFileSystemGlobDoesWithTopLevelFiles(String glob) {
        List<PathMatcher> eachLeadingFolderOptional = new ArrayList<>();
        for (String stripped = glob; ; stripped = stripped.substring(3)) {
            eachLeadingFolderOptional.add(FileSystems.getDefault().getPathMatcher("glob:" + stripped));
            if (!stripped.startsWith("**/")) {
                break;
            }
        }
        Globs globs = Globs.of(List.of(glob));
        for (String path : PATHS) {
            boolean expected = eachLeadingFolderOptional.stream().anyMatch(m -> m.matches(Path.of(path)));
            assertEquals(expected, globs.matches(path), glob + " on " + path);
        }
    }

    @Test
    void nestedChoicesAndBackslashesAreRead() {
        Globs globs = Globs.of(List.of("{mail{a,b},other}\\*.yaml"));
        assertTrue(globs.matches("maila/x.yaml"));
        assertTrue(globs.matches("other/x.yaml"));
        assertFalse(globs.matches("mailc/x.yaml"));
    }

    /** Backtracking takes exponential time on this pattern; the automaton reads the path once. */
    @Test
    void theSuppressionTargetThatHungAnswersAtOnce() {
        String pattern = "**a**a**a**a**a**a**a**a**a**a**a**a**a**a**b";
        String path = "a".repeat(10_000) + ".yaml";
        Globs globs = Globs.of(List.of(pattern));
        boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> globs.matches(path));
        assertFalse(matched);
        assertTrue(globs.matches("a".repeat(14) + "b"));
        // a step per state and character: the work is bounded by the pattern's size, not its shape
        assertTrue(globs.size() < 4 * pattern.length(), "states: " + globs.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[|1|the character class '[' is never closed; end it with ']'",
            "mail/[a-|6|the character class '[' is never closed; end it with ']'",
            "x[]|2|the character class is empty; name the characters it allows",
            "[z-a].yaml|2|the range 'z-a' runs backwards; write it as 'a-z'",
            "{a,b|1|the choice '{' is never closed; end it with '}'"})
    void aBadGlobSaysWhereAndWhat(String glob, int column, String problem) {
        InvalidGlobException e = assertThrows(InvalidGlobException.class, () -> Globs.of(List.of(glob)));
        assertEquals(column, e.column());
        assertEquals(problem, e.problem());
        assertEquals("the glob '" + glob + "' cannot be read at column " + column + ": " + problem, e.getMessage());
    }
}
