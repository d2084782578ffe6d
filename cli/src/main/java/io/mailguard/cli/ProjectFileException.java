package io.mailguard.cli;

import java.util.List;

/**
 * A project file MailGuard cannot use: one located problem a line ({@code .mailguard.yaml:3:9: …}),
 * each saying what is wrong and what to write instead. The command prints them and exits 2.
 */
final class ProjectFileException extends RuntimeException {

    private final List<String> problems;

    ProjectFileException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, one line each. */
    List<String> problems() {
        return problems;
    }
}
