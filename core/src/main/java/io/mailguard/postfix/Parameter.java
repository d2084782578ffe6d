package io.mailguard.postfix;

import io.mailguard.Location;

/**
 * One {@code name = value} setting of {@code main.cf}, or one {@code -o name=value} override of a
 * {@code master.cf} service, as written (not expanded). The name stands in the value's file, under the same
 * JSON pointer: only its line and column are kept, so that a setting holds one location, not two.
 *
 * @param name the parameter name
 * @param value the value, continuation lines joined as Postfix joins them, white space at either end removed
 * @param valueAt where the value starts (for an empty value: just after the {@code =})
 * @param nameLine the line of the name
 * @param nameColumn the column of the name
 */
public record Parameter(String name, PositionedText value, Location valueAt, int nameLine, int nameColumn) {

    /** A setting whose name is written at {@code nameAt}, in the value's file. */
    public Parameter(String name, PositionedText value, Location nameAt, Location valueAt) {
        this(name, value, valueAt, nameAt.line(), nameAt.column());
    }

    /**
     * A setting written outside main.cf and master.cf (a YAML {@code parameters} or {@code options} entry) whose
     * value is written on one line from {@code valueAt}.
     */
    public static Parameter declared(String name, String value, int nameLine, int nameColumn, Location valueAt) {
        return new Parameter(name, PositionedText.at(value, valueAt), valueAt, nameLine, nameColumn);
    }

    /** Where the name is written. */
    public Location nameAt() {
        return new Location(valueAt.file(), nameLine, nameColumn, valueAt.pointer());
    }

    /** The value's text. */
    public String text() {
        return value.text();
    }
}
