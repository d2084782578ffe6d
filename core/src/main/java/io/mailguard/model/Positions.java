package io.mailguard.model;

import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line and column of every node under one object's mapping, by path relative to the object
 * ({@code ""} for the mapping itself, {@code relay/hosts/2}); a key's position under {@code @path} where
 * its value is a mapping or a list. Objects of one shape share one array of paths, so a large topology
 * holds little more than one {@code long} per node.
 */
final class Positions {

    /** No position. */
    static final long NONE = -1;

    private final String[] paths;
    private final long[] at;

    private Positions(String[] paths, long[] at) {
        this.paths = paths;
        this.at = at;
    }

    static int line(long position) {
        return position == NONE ? 1 : (int) (position >>> 32);
    }

    static int column(long position) {
        return position == NONE ? 1 : (int) position;
    }

    long find(String path, boolean atKey) {
        if (atKey) {
            long key = find("@" + path, false);
            if (key != NONE) {
                return key;
            }
        }
        for (int i = 0; i < paths.length; i++) {
            if (paths[i].equals(path)) {
                return at[i];
            }
        }
        return NONE;
    }

    /**
     * Records positions while a file's tree is in hand; one per check, shared by the files read in
     * parallel, so that the paths and their arrays are made once per shape.
     */
    static final class Recorder {

        private final Map<String, String> paths = new ConcurrentHashMap<>();
        private final Map<List<String>, String[]> shapes = new ConcurrentHashMap<>();

        /**
         * The positions of {@code node} and everything under it, except what is under the keys named in
         * {@code objects}: those hold objects (or lists of them) with positions of their own.
         */
        Positions record(YamlNode node, Set<String> objects) {
            Walk walk = new Walk(objects);
            walk.node("", node);
            return new Positions(shapes.computeIfAbsent(List.copyOf(walk.names), list -> list.toArray(String[]::new)),
                    Arrays.copyOf(walk.at, walk.names.size()));
        }

        /** One object's walk. */
        private final class Walk {
            private final Set<String> objects;
            private final List<String> names = new ArrayList<>();
            private long[] at = new long[16];

            Walk(Set<String> objects) {
                this.objects = objects;
            }

            void node(String path, YamlNode node) {
                add(path, node.line(), node.column());
                if (node instanceof YamlMapping mapping) {
                    for (YamlMapping.Entry entry : mapping.entries()) {
                        String child = join(path, entry.key().text());
                        YamlNode value = entry.value();
                        if (!(value instanceof YamlScalar)) {
                            add("@" + child, entry.key().line(), entry.key().column());
                        }
                        if (path.isEmpty() && objects.contains(entry.key().text())) {
                            add(child, value.line(), value.column());
                        } else {
                            node(child, value);
                        }
                    }
                } else if (node instanceof YamlSequence sequence) {
                    List<YamlNode> items = sequence.items();
                    for (int i = 0; i < items.size(); i++) {
                        node(join(path, Integer.toString(i)), items.get(i));
                    }
                }
            }

            private void add(String path, int line, int column) {
                int count = names.size();
                if (count == at.length) {
                    at = Arrays.copyOf(at, count * 2);
                }
                at[count] = (long) line << 32 | column;
                names.add(paths.computeIfAbsent(path, p -> p));
            }
        }

        private static String join(String path, String step) {
            return path.isEmpty() ? step : path + "/" + step;
        }
    }
}
