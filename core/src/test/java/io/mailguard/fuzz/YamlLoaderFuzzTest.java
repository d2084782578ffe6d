package io.mailguard.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;

/**
 * Any bytes give a document or the findings that refused them; the loader never throws on content
 * (it throws only {@code UncheckedIOException} when a file on disk cannot be read, which bytes cannot cause).
 * Seeds: {@code src/test/resources/io/mailguard/fuzz/YamlLoaderFuzzTestInputs/loadsOrRefuses/}.
 */
class YamlLoaderFuzzTest {

    private final YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);

    @FuzzTest(maxDuration = "5m")
    void loadsOrRefuses(byte[] bytes) {
        LoadResult result = loader.load(bytes, "mail/fuzz.yaml");
        assertTrue(result.document() == null ^ result.findings().isEmpty(),
                "a document or findings, never both or neither: " + result);
    }
}
