package io.mailguard;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/** File globs as Ant and Maven users write them: {@code **}{@code /*.yaml} also matches a file at the top. */
public final class Globs {

    private final List<PathMatcher> matchers;

    private Globs(List<PathMatcher> matchers) {
        this.matchers = matchers;
    }

    public static Globs of(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            String pattern = glob.trim().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            while (pattern.startsWith("**/")) {
                pattern = pattern.substring(3);
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            }
        }
        return new Globs(List.copyOf(matchers));
    }

    public boolean isEmpty() {
        return matchers.isEmpty();
    }

    /** True when a relative path (with {@code /} separators) matches one of the globs. */
    public boolean matches(String relativePath) {
        Path path = Path.of(relativePath);
        for (PathMatcher matcher : matchers) {
            if (matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
