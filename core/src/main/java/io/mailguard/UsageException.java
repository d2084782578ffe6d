package io.mailguard;

/**
 * A problem with what the user asked for rather than with the configuration being checked: bad
 * options, missing or unreadable input. Its message says what to change; front ends print it without
 * a stack trace (CLI exit 2, Maven {@code MojoExecutionException}).
 */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
