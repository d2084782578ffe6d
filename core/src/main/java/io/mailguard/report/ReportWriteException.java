package io.mailguard.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** A report could not be written: names the file or folder and the cause, and what to do. */
public final class ReportWriteException extends IOException {

    private final Path path;

    public ReportWriteException(Path path, String why) {
        super("cannot write " + path + ": " + why);
        this.path = path;
    }

    public ReportWriteException(Path path, String why, Throwable cause) {
        super("cannot write " + path + ": " + why, cause);
        this.path = path;
    }

    /** The file or folder that could not be written. */
    public Path path() {
        return path;
    }

    /** The cause in a few words: "permission denied", "No space left on device". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException || e instanceof NoSuchFileException) {
            return "a part of the path is a file, not a folder, or is missing";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
