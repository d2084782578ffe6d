package io.mailguard;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File globs as Ant and Maven users write them: {@code **}{@code /*.yaml} also matches a file at the top. */
public final class Globs {

    /** {@code **}{@code /*.yaml}: any file with that extension, at any depth; told by its name alone. */
    private static final Pattern ANY_DEPTH_EXTENSION = Pattern.compile("\\*\\*/\\*(\\.[A-Za-z0-9_-]+)");

    /** One glob: a file-name suffix, or the file system's glob matcher. */
    private record Glob(String suffix, PathMatcher matcher) {
    }

    private final List<Glob> globs;

    private Globs(List<Glob> globs) {
        this.globs = globs;
    }

    public static Globs of(List<String> globs) {
        List<Glob> matchers = new ArrayList<>();
        for (String glob : globs) {
            String pattern = glob.trim().replace('\\', '/');
            if (pattern.isEmpty()) {
                continue;
            }
            Matcher extension = ANY_DEPTH_EXTENSION.matcher(pattern);
            if (extension.matches()) {
                matchers.add(new Glob(extension.group(1), null));
                continue;
            }
            matchers.add(new Glob(null, FileSystems.getDefault().getPathMatcher("glob:" + pattern)));
            while (pattern.startsWith("**/")) {
                pattern = pattern.substring(3);
                matchers.add(new Glob(null, FileSystems.getDefault().getPathMatcher("glob:" + pattern)));
            }
        }
        return new Globs(List.copyOf(matchers));
    }

    public boolean isEmpty() {
        return globs.isEmpty();
    }

    /** True when a relative path (with {@code /} separators) matches one of the globs. */
    public boolean matches(String relativePath) {
        Path path = null;
        for (Glob glob : globs) {
            if (glob.suffix != null) {
                if (relativePath.endsWith(glob.suffix)) {
                    return true;
                }
                continue;
            }
            path = path == null ? Path.of(relativePath) : path;
            if (glob.matcher.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
