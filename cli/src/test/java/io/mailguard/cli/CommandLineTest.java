package io.mailguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A project in a temporary folder, a git repository's root, and the command line run in-process on it. */
abstract class CommandLineTest {

    @TempDir
    Path dir;

    /** What the runs printed, kept across runs of one test. */
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void isARepository() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
    }

    int run(String... args) {
        return MailGuardCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Writes a file of the project, its folders made as needed. */
    Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
