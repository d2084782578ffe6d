package io.mailguard.postfix;

import io.mailguard.Location;

/**
 * One {@code name = value} setting of {@code main.cf}, or one {@code -o name=value} override of a
 * {@code master.cf} service, as written (not expanded).
 *
 * @param name the parameter name
 * @param value the value, continuation lines joined as Postfix joins them, white space at either end removed
 * @param nameAt where the name is written
 * @param valueAt where the value starts (for an empty value: just after the {@code =})
 */
public record Parameter(String name, PositionedText value, Location nameAt, Location valueAt) {

    /**
     * A setting written outside main.cf and master.cf (a YAML {@code parameters} or {@code options} entry) whose
     * value is written on one line from {@code valueAt}.
     */
    public static Parameter declared(String name, String value, Location nameAt, Location valueAt) {
        return new Parameter(name, PositionedText.at(value, valueAt), nameAt, valueAt);
    }

    /** The value's text. */
    public String text() {
        return value.text();
    }
}
