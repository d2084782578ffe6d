package io.mailguard.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Any ASCII text the quick reader reads, it reads as SnakeYAML Engine does: the same tree, values,
 * types, lines and columns. Seeds: {@code src/test/resources/io/mailguard/load/BlockStyleReaderFuzzTestInputs/}.
 */
class BlockStyleReaderFuzzTest {

    private final YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);

    @FuzzTest(maxDuration = "5m")
    void readsAsSnakeYamlEngineDoes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] &= 0x7F;
        }
        LoadResult quick = loader.readQuickly(bytes, 0, "mail/fuzz.yaml");
        if (quick != null) {
            String text = new String(bytes, StandardCharsets.US_ASCII);
            assertEquals(loader.readWithEngine(text, "mail/fuzz.yaml"), quick, text);
        }
    }
}
