package io.mailguard.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code # mailguard:ignore …} comment as written, for the suppression step to read.
 *
 * @param line the comment's line
 * @param column the column of its {@code #}
 * @param ownLine true when nothing but the comment is on its line, so it speaks of the line below
 * @param text what follows {@code mailguard:ignore}
 */
public record IgnoreComment(int line, int column, boolean ownLine, String text) {

    static final String MARKER = "mailguard:ignore";
    private static final byte[] MARKER_BYTES = MARKER.getBytes(StandardCharsets.US_ASCII);

    /** The ignore comments of one file. */
    public record InFile(String file, List<IgnoreComment> comments) {
    }

    /**
     * How far the search may move on when the byte under the marker's last character is {@code b}
     * (Horspool): the marker's length for a byte it does not hold, as most bytes of a file.
     */
    private static final int[] SKIP = new int[128];

    static {
        java.util.Arrays.fill(SKIP, MARKER_BYTES.length);
        for (int i = 0; i < MARKER_BYTES.length - 1; i++) {
            SKIP[MARKER_BYTES[i]] = MARKER_BYTES.length - 1 - i;
        }
    }

    /** Whether an ASCII file's bytes, from {@code start}, hold the marker at all: most files do not. */
    static boolean mentioned(byte[] ascii, int start) {
        int last = MARKER_BYTES.length - 1;
        for (int i = start; i <= ascii.length - MARKER_BYTES.length; i += SKIP[ascii[i + last]]) {
            if (matchesAt(ascii, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(byte[] ascii, int at) {
        for (int j = MARKER_BYTES.length - 1; j >= 0; j--) {
            if (ascii[at + j] != MARKER_BYTES[j]) {
                return false;
            }
        }
        return true;
    }

    /** Every ignore comment in a file's text. */
    static List<IgnoreComment> scan(String text) {
        if (!text.contains(MARKER)) {
            return List.of();
        }
        List<IgnoreComment> comments = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int marker = line.indexOf(MARKER);
            if (marker < 0) {
                continue;
            }
            int hash = line.lastIndexOf('#', marker);
            if (hash < 0 || !line.substring(hash + 1, marker).isBlank()) {
                continue;
            }
            comments.add(new IgnoreComment(i + 1, hash + 1, line.substring(0, hash).isBlank(),
                    line.substring(marker + MARKER.length()).trim()));
        }
        return List.copyOf(comments);
    }
}
