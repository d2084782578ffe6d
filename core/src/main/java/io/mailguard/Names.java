package io.mailguard;

/**
 * Names as messages show them: a name from the configuration can be any length, and a message that
 * repeats it once per finding must not grow with it. Rules build messages with {@link #shorten}.
 */
public final class Names {

    /** The longest name shown whole. */
    public static final int LONGEST = 200;
    private static final int HEAD = 120;
    private static final int TAIL = 40;

    private Names() {
    }

    /**
     * The name itself when it is at most {@link #LONGEST} characters; otherwise its start and end
     * around a visible marker that says how much was left out:
     * {@code averyveryvery…[1,000,000 characters]…name}.
     */
    public static String shorten(String name) {
        if (name == null || name.length() <= LONGEST) {
            return name;
        }
        int head = cutPoint(name, HEAD);
        int tail = cutPoint(name, name.length() - TAIL);
        return name.substring(0, head) + "…[" + grouped(name.length()) + " characters]…" + name.substring(tail);
    }

    /** {@code 1,000,000}: cheaper than a formatter, and the same in every locale. */
    private static String grouped(int number) {
        StringBuilder digits = new StringBuilder(Integer.toString(number));
        for (int at = digits.length() - 3; at > 0; at -= 3) {
            digits.insert(at, ',');
        }
        return digits.toString();
    }

    /** {@code index}, moved back off the middle of a surrogate pair. */
    private static int cutPoint(String text, int index) {
        return index > 0 && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
