package io.mailguard;

/**
 * A glob that cannot be read: an unclosed {@code [} or <code>{</code>, an empty class, a backward range.
 * Its message names the glob, the column and what to write instead; the caller adds where the glob
 * came from (a setting, a suppression entry).
 */
public final class InvalidGlobException extends RuntimeException {

    private final String glob;
    private final int column;
    private final String problem;

    /**
     * @param glob the glob as written
     * @param index where in the glob the problem starts, from 0
     * @param problem what is wrong and how to fix it
     */
    public InvalidGlobException(String glob, int index, String problem) {
        super("the glob '" + glob + "' cannot be read at column " + (index + 1) + ": " + problem);
        this.glob = glob;
        this.column = index + 1;
        this.problem = problem;
    }

    /** The glob as written. */
    public String glob() {
        return glob;
    }

    /** The 1-based column in the glob where the problem starts. */
    public int column() {
        return column;
    }

    /** What is wrong and how to fix it. */
    public String problem() {
        return problem;
    }
}
