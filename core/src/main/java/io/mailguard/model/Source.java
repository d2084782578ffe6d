package io.mailguard.model;

import io.mailguard.Location;
import io.mailguard.load.DocumentHandle;

/**
 * Where a model object was declared: its file and the JSON pointer of its mapping
 * ({@code /servers/1/smtpVirtualServers/0}). The pointer is kept as a step below the parent's and
 * written out only when a location is wanted, so a large topology holds no pointer texts.
 */
public final class Source {

    private final DocumentHandle document;
    private final Source parent;
    private final String key;
    private final int index;

    private Source(DocumentHandle document, Source parent, String key, int index) {
        this.document = document;
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /** The top of a file. */
    static Source top(DocumentHandle document) {
        return new Source(document, null, null, -1);
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
        return document.locate(pointer(), false);
    }

    /**
     * The value at a path below the object ({@code authentication/anonymous}, {@code relay/hosts/2});
     * the deepest part of it that the file holds when the rest is absent.
     */
    public Location location(String path) {
        return document.locate(pointer() + "/" + path, false);
    }

    /** The key of a property below the object rather than its value. */
    public Location keyLocation(String path) {
        return document.locate(pointer() + "/" + path, true);
    }

    /** The mapping under {@code key}. */
    Source child(String key) {
        return new Source(document, this, key, -1);
    }

    /** The mapping at {@code index} of the list under {@code key}. */
    Source child(String key, int index) {
        return new Source(document, this, key, index);
    }
}
