package io.mailguard.check;

import java.nio.file.Path;
import java.util.List;

/**
 * The sources hold no file to check, and the user did not allow an empty check: checking nothing is
 * not passing. Each front end says how to allow it in its own syntax.
 */
public final class NothingToCheckException extends RuntimeException {

    private final List<Path> sources;

    public NothingToCheckException(List<Path> sources) {
        super("no file to check in " + sources);
        this.sources = List.copyOf(sources);
    }

    /** The files and folders that were searched. */
    public List<Path> sources() {
        return sources;
    }
}
