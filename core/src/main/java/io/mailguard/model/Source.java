package io.mailguard.model;

import io.mailguard.Location;

/**
 * Where a model object was declared: its file, its place in the file (a JSON pointer such as
 * {@code /servers/1/smtpVirtualServers/0}, kept as a step below the parent's), and the line and column of
 * every value under it, captured while the file's tree was in hand. A rule never reads a file again,
 * and a location always names the bytes that were judged.
 */
public final class Source {

    private final String file;
    private final Source parent;
    private final String key;
    private final int index;
    private final Positions positions;

    Source(String file, Source parent, String key, int index, Positions positions) {
        this.file = file;
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.positions = positions;
    }

    /** The file the object is declared in, as findings name it. */
    public String file() {
        return file;
    }

    /** The object's mapping, as a JSON pointer. */
    public String pointer() {
        if (parent == null) {
            return "";
        }
        String below = parent.pointer() + "/" + key;
        return index < 0 ? below : below + "/" + index;
    }

    /** The object's own mapping. */
    public Location location() {
        return location("");
    }

    /**
     * The value at a path below the object ({@code authentication/anonymous}, {@code relay/hosts/2});
     * the deepest part of it that the file holds when the rest is absent.
     */
    public Location location(String path) {
        return at(path, false);
    }

    /** The key of a property below the object rather than its value (its value where the key is not kept). */
    public Location keyLocation(String path) {
        return at(path, true);
    }

    /** True when the file holds a value at this path below the object. */
    public boolean holds(String path) {
        return positions.find(path, false) != Positions.NONE;
    }

    private Location at(String path, boolean atKey) {
        String pointer = path.isEmpty() ? pointer() : pointer() + "/" + path;
        long position = positions.find(path, atKey);
        for (String shorter = path; position == Positions.NONE && !shorter.isEmpty(); ) {
            int slash = shorter.lastIndexOf('/');
            shorter = slash < 0 ? "" : shorter.substring(0, slash);
            position = positions.find(shorter, false);
        }
        return new Location(file, Positions.line(position), Positions.column(position), pointer);
    }

    /** The mapping at {@code index} of the list under {@code key}. */
    Source child(String key, int index, Positions positions) {
        return new Source(file, this, key, index, positions);
    }

    /** The mapping under {@code key}. */
    Source child(String key, Positions positions) {
        return new Source(file, this, key, -1, positions);
    }
}
