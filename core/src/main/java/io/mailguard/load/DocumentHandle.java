package io.mailguard.load;

import io.mailguard.Location;
import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/**
 * A loaded file that the model points into. The tree is held weakly: a large topology keeps only its
 * typed model in memory (trees die young, which the collector handles cheaply), and a finding's
 * location re-reads the file when the tree has been let go.
 */
public final class DocumentHandle {

    private final String file;
    private final Supplier<YamlDocument> reload;
    private WeakReference<YamlDocument> tree;

    /**
     * @param loaded the tree as first loaded
     * @param reload loads it again; may return {@code null} when the file no longer loads
     */
    public DocumentHandle(YamlDocument loaded, Supplier<YamlDocument> reload) {
        this.file = loaded.file();
        this.reload = reload;
        this.tree = new WeakReference<>(loaded);
    }

    /** The file's name as findings carry it. */
    public String file() {
        return file;
    }

    /** Lets the tree go now, as the collector may at any time. */
    synchronized void release() {
        tree.clear();
    }

    /** As {@link YamlDocument#locate}; the top of the file when it no longer loads. */
    public synchronized Location locate(String pointer, boolean atKey) {
        YamlDocument document = tree.get();
        if (document == null) {
            document = reload.get();
            if (document == null) {
                return new Location(file, 1, 1, pointer);
            }
            tree = new WeakReference<>(document);
        }
        return document.locate(pointer, atKey);
    }
}
