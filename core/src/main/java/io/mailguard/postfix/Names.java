package io.mailguard.postfix;

/** Shortens texts taken from a configuration file before they go into a message. */
final class Names {

    private static final int LIMIT = 80;

    private Names() {
    }

    static String shorten(String text) {
        return text.length() <= LIMIT ? text : text.substring(0, LIMIT - 1) + "…";
    }
}
