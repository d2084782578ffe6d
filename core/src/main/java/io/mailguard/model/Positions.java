package io.mailguard.model;

import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlSequence;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The line and column of every node under one object's mapping, by path relative to the object
 * ({@code ""} for the mapping itself, {@code relay/hosts/2}); a key's position under {@code @path} where
 * its value is a mapping (a section, such as anonymousAccessException). Objects of one shape share one array of paths, so a large topology
 * holds little more than one {@code long} per node.
 */
final class Positions {

    /** No position. */
    static final long NONE = -1;

    private final String[] paths;
    /** Line and column as {@code line << 10 | column}, when every column is below 1024 (nearly every file). */
    private final int[] small;
    /** Line and column as {@code line << 32 | column} otherwise. */
    private final long[] wide;

    private Positions(String[] paths, long[] at, int count) {
        this.paths = paths;
        boolean fits = true;
        for (int i = 0; i < count && fits; i++) {
            fits = at[i] >>> 32 < 1 << 21 && (at[i] & 0xFFFF_FFFFL) < 1 << 10;
        }
        int[] packed = null;
        if (fits) {
            packed = new int[count];
            for (int i = 0; i < count; i++) {
                packed[i] = (int) (at[i] >>> 32) << 10 | (int) at[i];
            }
        }
        this.small = packed;
        this.wide = fits ? null : Arrays.copyOf(at, count);
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
                return wide != null ? wide[i] : (long) (small[i] >>> 10) << 32 | (small[i] & 0x3FF);
            }
        }
        return NONE;
    }

    /**
     * Records positions while a file's tree is in hand; one per check, shared by the files read in
     * parallel. Paths and shapes are tries, so a node costs two lookups and no string is made after the
     * first object of each shape.
     */
    static final class Recorder {

        private final Step root = new Step("", "");
        private final Shape empty = new Shape(null, null);
        /** One walk per thread, reused object after object: its array grows once, not per object. */
        private final ThreadLocal<Walk> walks = ThreadLocal.withInitial(Walk::new);

        /**
         * The positions of {@code node} and everything under it, except what is under the keys named in
         * {@code objects}: those hold objects (or lists of them) with positions of their own.
         */
        Positions record(YamlNode node, Set<String> objects) {
            Walk walk = walks.get().start(objects);
            walk.node(root, node);
            return new Positions(walk.shape.paths(), walk.at, walk.count);
        }

        /** One object's walk. */
        private final class Walk {
            private Set<String> objects;
            private Shape shape;
            private long[] at = new long[64];
            private int count;

            Walk start(Set<String> objects) {
                this.objects = objects;
                shape = empty;
                count = 0;
                return this;
            }

            void node(Step step, YamlNode node) {
                add(step, node.line(), node.column());
                if (node instanceof YamlMapping mapping) {
                    List<YamlMapping.Entry> entries = mapping.entries();
                    for (int i = 0; i < entries.size(); i++) {
                        YamlMapping.Entry entry = entries.get(i);
                        Step child = step.child(entry.key().text());
                        YamlNode value = entry.value();
                        if (value instanceof YamlMapping) {
                            add(child.key(), entry.key().line(), entry.key().column());
                        }
                        if (step == root && objects.contains(entry.key().text())) {
                            add(child, value.line(), value.column());
                        } else {
                            node(child, value);
                        }
                    }
                } else if (node instanceof YamlSequence sequence) {
                    List<YamlNode> items = sequence.items();
                    for (int i = 0; i < items.size(); i++) {
                        node(step.child(i), items.get(i));
                    }
                }
            }

            private void add(Step step, int line, int column) {
                if (count == at.length) {
                    at = Arrays.copyOf(at, count * 2);
                }
                at[count++] = (long) line << 32 | column;
                shape = shape.then(step);
            }
        }
    }

    /** A path below an object, made once per check; its children by key or index. */
    private static final class Step {
        private static final Step[] NONE = {};

        private final String path;
        private final String name;
        private volatile Step[] keys = NONE;
        private volatile Step[] items = NONE;

        Step(String path, String name) {
            this.path = path;
            this.name = name;
        }

        /** The step below a mapping key; a mapping has few keys, so they are searched in order. */
        Step child(String key) {
            for (Step child : keys) {
                if (child.name.equals(key)) {
                    return child;
                }
            }
            synchronized (this) {
                for (Step child : keys) {
                    if (child.name.equals(key)) {
                        return child;
                    }
                }
                Step made = new Step(path.isEmpty() ? key : path + "/" + key, key);
                Step[] grown = Arrays.copyOf(keys, keys.length + 1);
                grown[keys.length] = made;
                keys = grown;
                return made;
            }
        }

        /** The step below a list item. */
        Step child(int index) {
            Step[] known = items;
            if (index < known.length) {
                return known[index];
            }
            synchronized (this) {
                if (index >= items.length) {
                    Step[] grown = Arrays.copyOf(items, Math.max(index + 1, items.length * 2));
                    for (int i = items.length; i < grown.length; i++) {
                        String step = Integer.toString(i);
                        grown[i] = new Step(path.isEmpty() ? step : path + "/" + step, step);
                    }
                    items = grown;
                }
                return items[index];
            }
        }

        private volatile Step key;

        /** Where the key of this path stands. */
        Step key() {
            Step made = key;
            if (made == null) {
                synchronized (this) {
                    if (key == null) {
                        key = new Step("@" + path, "@");
                    }
                    made = key;
                }
            }
            return made;
        }
    }

    /** A sequence of paths that objects share: each step of a walk leads to the next shape. */
    private static final class Shape {
        private static final Shape[] NONE = {};

        private final Shape before;
        private final Step last;
        private volatile Shape[] next = NONE;
        private volatile String[] paths;

        Shape(Shape before, Step last) {
            this.before = before;
            this.last = last;
        }

        /** The shape one step further; objects of one kind branch little, so the branches are searched in order. */
        Shape then(Step step) {
            for (Shape shape : next) {
                if (shape.last == step) {
                    return shape;
                }
            }
            synchronized (this) {
                for (Shape shape : next) {
                    if (shape.last == step) {
                        return shape;
                    }
                }
                Shape made = new Shape(this, step);
                Shape[] grown = Arrays.copyOf(next, next.length + 1);
                grown[next.length] = made;
                next = grown;
                return made;
            }
        }

        String[] paths() {
            String[] made = paths;
            if (made == null) {
                int length = 0;
                for (Shape at = this; at.last != null; at = at.before) {
                    length++;
                }
                made = new String[length];
                for (Shape at = this; at.last != null; at = at.before) {
                    made[--length] = at.last.path;
                }
                paths = made;
            }
            return made;
        }
    }
}
