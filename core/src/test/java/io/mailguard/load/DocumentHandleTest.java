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
    void locatesFromTheTreeWhileItIsHeldAndRereadsTheFileOnceItIsGone() {
        AtomicInteger reloads = new AtomicInteger();
        DocumentHandle handle = new DocumentHandle(loader.load(YAML, "mail/a.yaml").document(), () -> {
            reloads.incrementAndGet();
            return loader.load(YAML, "mail/a.yaml").document();
        });
        handle.locate("/servers/0/name", false);
        handle.release();
        assertEquals("mail/a.yaml:3:11", handle.locate("/servers/0/name", false).toString());
        assertEquals("mail/a.yaml:3:5", handle.locate("/servers/0/name", true).toString());
        assertTrue(reloads.get() >= 1, "the file was read again");
    }

    @Test
    void pointsAtTheTopWhenTheFileNoLongerLoads() {
        DocumentHandle handle = new DocumentHandle(loader.load(YAML, "mail/a.yaml").document(), () -> null);
        handle.release();
        assertEquals("mail/a.yaml:1:1", handle.locate("/servers/0/name", false).toString());
    }
}
