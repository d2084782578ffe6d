package io.mailguard;

/**
 * Where a finding points: a file (as the user names it, relative to the project, with {@code /}
 * separators), a 1-based line and column as an editor shows them, and the JSON pointer of the node.
 */
public record Location(String file, int line, int column, String pointer) {

    /** The {@code file:line:col} form that editors and terminals turn into links. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
