package io.mailguard.model;

import io.mailguard.Location;
import io.mailguard.load.DocumentHandle;

/**
 * Where a model object was declared: its file and the JSON pointer of its mapping.
 *
 * @param document the file, which re-reads itself when a location is wanted and its tree is gone
 * @param pointer the object's mapping, {@code /servers/1/smtpVirtualServers/0}
 */
public record Source(DocumentHandle document, String pointer) {

    /** The object's own mapping. */
    public Location location() {
        return document.locate(pointer, false);
    }

    /**
     * The value at a path below the object ({@code authentication/anonymous}, {@code relay/hosts/2});
     * the deepest part of it that the file holds when the rest is absent.
     */
    public Location location(String path) {
        return document.locate(pointer + "/" + path, false);
    }

    /** The key of a property below the object rather than its value. */
    public Location keyLocation(String path) {
        return document.locate(pointer + "/" + path, true);
    }

    Source child(String path) {
        return new Source(document, pointer + "/" + path);
    }
}
