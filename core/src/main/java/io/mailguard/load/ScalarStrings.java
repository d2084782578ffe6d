package io.mailguard.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The strings the quick reader makes from short scalars, kept so that the same bytes give the same
 * {@code String} again: keys and common values ({@code name}, {@code Everyone}, {@code 25}) are then made
 * once per check instead of once per line, and the model shares them. One loader's readers share it
 * from any thread: a slot is overwritten on a collision, and its record (final fields only) is safe
 * to publish by a plain write, so no lock is needed.
 */
final class ScalarStrings {

    private static final int SLOTS = 1 << 10;
    private static final int LONGEST = 40;

    /** A string and the bytes it was made from. */
    private record Known(int hash, byte[] bytes, String string) {
    }

    private final Known[] slots = new Known[SLOTS];

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
        Known known = slots[slot];
        if (known != null && known.hash == hash && Arrays.equals(known.bytes, 0, known.bytes.length, bytes, from, to)) {
            return known.string;
        }
        byte[] copy = Arrays.copyOfRange(bytes, from, to);
        String made = new String(copy, StandardCharsets.ISO_8859_1);
        slots[slot] = new Known(hash, copy, made);
        return made;
    }
}
