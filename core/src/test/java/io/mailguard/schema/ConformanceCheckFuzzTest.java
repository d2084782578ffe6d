package io.mailguard.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Differential: wherever the quick conformance check says "certainly valid", Everit finds nothing
 * wrong. Seeds: {@code src/test/resources/io/mailguard/schema/ConformanceCheckFuzzTestInputs/}; in the
 * normal build the seeds run as a regression test, with {@code JAZZER_FUZZ=1} Jazzer mutates them.
 */
class ConformanceCheckFuzzTest {

    private static final SchemaValidator SCHEMA = SchemaValidator.forConfiguration();
    private static final ConformanceCheck CHECK = ConformanceCheck.of(SCHEMA.schema());
    private final YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);

    @FuzzTest(maxDuration = "5m")
    void certainOnlyWhereEveritAgrees(byte[] bytes) {
        YamlDocument document = loader.load(bytes, "mail/fuzz.yaml").document();
        if (document != null && CHECK.certainlyConforms(document.root())) {
            assertEquals(List.of(), SCHEMA.validateWithEverit(document), new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
