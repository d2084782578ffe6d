package io.mailguard.load;

import io.mailguard.Location;
import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/**
 * A file that the model points into. The model keeps no tree: each file's tree is dropped once its
 * part of the model is read, so a large topology costs only its model in memory and the collector
 * never copies trees. A finding's location reads the file again, and that tree is held weakly while
 * the findings of the same file are located.
 */
public final class DocumentHandle {

    private final String file;
    private final Supplier<YamlDocument> read;
    private WeakReference<YamlDocument> tree = new WeakReference<>(null);

    /**
     * @param file the file's name as findings carry it
     * @param read reads the file; may return {@code null} when it no longer loads
     */
    public DocumentHandle(String file, Supplier<YamlDocument> read) {
        this.file = file;
        this.read = read;
    }

    /** The file's name as findings carry it. */
    public String file() {
        return file;
    }

    /** As {@link YamlDocument#locate}; the top of the file when it no longer loads. */
    public synchronized Location locate(String pointer, boolean atKey) {
        YamlDocument document = tree.get();
        if (document == null) {
            document = read.get();
            if (document == null) {
                return new Location(file, 1, 1, pointer);
            }
            tree = new WeakReference<>(document);
        }
        return document.locate(pointer, atKey);
    }
}
