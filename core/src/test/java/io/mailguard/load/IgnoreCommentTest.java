package io.mailguard.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick look for the ignore marker in a file's bytes agrees with a plain search of its text. */
class IgnoreCommentTest {

    @ParameterizedTest
    @ValueSource(strings = {"mailguard:ignore", "# mailguard:ignore MG001", "x: 1 # mailguard:ignore", "mmailguard:ignore",
            "mailguard:ignor", "ailguard:ignore", "mailguard:ignorE", "mailguard: ignore", "", "m", "a: b\nc: d\n",
            "mailguard:ignormailguard:ignore", "gnore mailguard:ig", "# mailguard:ignoremailguard"})
    void findsTheMarkerWhereTheTextHoldsIt(String text) {
        assertEquals(text.contains(IgnoreComment.MARKER), IgnoreComment.mentioned(text.getBytes(StandardCharsets.US_ASCII), 0), text);
    }

    @Test
    void agreesWithAPlainSearchOnTextsMadeOfTheMarkersLetters() {
        Random random = new Random(7);
        String letters = "mailguard:ignore #\n";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(random.nextInt(8) == 0 ? IgnoreComment.MARKER.substring(random.nextInt(16))
                        : String.valueOf(letters.charAt(random.nextInt(letters.length()))));
            }
            byte[] bytes = ("--" + text).getBytes(StandardCharsets.US_ASCII);
            assertEquals(text.toString().contains(IgnoreComment.MARKER), IgnoreComment.mentioned(bytes, 2), text.toString());
        }
    }
}
