package io.mailguard.load;

import java.nio.charset.StandardCharsets;

/**
 * The strings the quick reader makes from short scalars, kept so that the same bytes give the same
 * {@code String} again: keys and common values ({@code name}, {@code Everyone}, {@code 25}) are then made
 * once per check instead of once per line, and the model shares them. One loader's readers share it
 * from any thread: a slot is overwritten on a collision, and a {@code String} is safe to publish by a
 * plain write, so no lock is needed.
 */
final class ScalarStrings {

    private static final int SLOTS = 1 << 12;
    private static final int LONGEST = 40;

    private final String[] slots = new String[SLOTS];

    /** The ASCII text of {@code bytes[from, to)}. */
    String of(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length > LONGEST) {
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }
        int hash = length;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + bytes[i];
        }
        int slot = (hash ^ (hash >>> 12)) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && sameText(known, bytes, from, length)) {
            return known;
        }
        String made = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        slots[slot] = made;
        return made;
    }

    private static boolean sameText(String known, byte[] bytes, int from, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }
}
