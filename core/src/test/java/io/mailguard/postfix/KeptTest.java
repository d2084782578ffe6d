package io.mailguard.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptTest {

    @Test
    void aTextIsReadOnceAndSharedUpToTheBound() {
        AtomicInteger reads = new AtomicInteger();
        Kept<StringBuilder> kept = new Kept<>(text -> {
            reads.incrementAndGet();
            return new StringBuilder(text);
        });
        StringBuilder first = kept.of("permit_mynetworks, reject");
        assertSame(first, kept.of("permit_mynetworks, reject"));
        assertEquals(1, reads.get());
        for (int i = 1; i < Kept.BOUND; i++) {
            kept.of("text " + i);
        }
        assertEquals(Kept.BOUND, reads.get());
        StringBuilder past = kept.of("one text too many");
        assertNotSame(past, kept.of("one text too many"), "past the bound, a text is read anew each time");
        assertEquals("one text too many", past.toString());
        assertSame(first, kept.of("permit_mynetworks, reject"), "what was kept stays");
    }

    @Test
    void aTextThatReadsAsNothingIsNotKept() {
        AtomicInteger reads = new AtomicInteger();
        Kept<String> kept = new Kept<>(text -> {
            reads.incrementAndGet();
            return null;
        });
        assertNull(kept.of("no range"));
        assertNull(kept.of("no range"));
        assertEquals(2, reads.get());
    }
}
