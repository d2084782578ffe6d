package io.mailguard.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentHandleTest {

    private static final byte[] YAML = "apiVersion: mailguard/v1\nservers:\n  - name: EXCH01\n".getBytes(StandardCharsets.UTF_8);

    private final YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);

    @Test
    void readsTheFileWhenALocationIsWanted() {
        AtomicInteger reads = new AtomicInteger();
        DocumentHandle handle = new DocumentHandle("mail/a.yaml", () -> {
            reads.incrementAndGet();
            return loader.load(YAML, "mail/a.yaml").document();
        });
        assertEquals(0, reads.get(), "nothing is read until a location is wanted");
        assertEquals("mail/a.yaml:3:11", handle.locate("/servers/0/name", false).toString());
        assertEquals("mail/a.yaml:3:5", handle.locate("/servers/0/name", true).toString());
        assertTrue(reads.get() >= 1, "the file was read");
    }

    @Test
    void pointsAtTheTopWhenTheFileNoLongerLoads() {
        DocumentHandle handle = new DocumentHandle("mail/a.yaml", () -> null);
        assertEquals("mail/a.yaml:1:1", handle.locate("/servers/0/name", false).toString());
    }
}
