package io.mailguard.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mailguard.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class PositionedTextTest {

    private static final Location AT = new Location("main.cf", 3, 14, "/mynetworks");

    @Test
    void aTextWrittenInOneRunIsTheSameHoweverItIsMade() {
        PositionedText one = PositionedText.at("10.0.0.0/8", AT);
        PositionedText listed = new PositionedText("10.0.0.0/8", List.of(new PositionedText.Mark(0, AT)));
        assertEquals(listed, one);
        assertEquals(listed.hashCode(), one.hashCode());
        assertEquals(List.of(new PositionedText.Mark(0, AT)), one.marks());
        assertEquals(new Location("main.cf", 3, 17, "/mynetworks"), one.at(3));
        assertNull(one.at(-1));
        assertNull(PositionedText.unlocated("yes").at(1));
    }

    @Test
    void runsOnSeveralLinesKeepTheirPlacesThroughSlicesAndPointers() {
        Location next = new Location("main.cf", 4, 5, "/mynetworks");
        PositionedText two = new PositionedText("10.0.0.0/8 ::1/128",
                List.of(new PositionedText.Mark(0, AT), new PositionedText.Mark(11, next)));
        assertEquals(new Location("main.cf", 4, 7, "/mynetworks"), two.at(13));
        PositionedText slice = two.slice(11, 18);
        assertEquals("::1/128", slice.text());
        assertEquals(next, slice.at(0));
        assertEquals(new Location("main.cf", 4, 5, "/other"), two.withPointer("/other").at(11));
        assertEquals(new Location("main.cf", 3, 14, "/other"), PositionedText.at("x", AT).withPointer("/other").at(0));
    }
}
