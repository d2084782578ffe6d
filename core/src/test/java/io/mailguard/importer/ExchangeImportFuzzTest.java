package io.mailguard.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;
import io.mailguard.schema.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Any bytes as the receive-connector export give MG110 findings and no file, or files that load and
 * follow the schema; the import never throws on content. Seeds:
 * {@code src/test/resources/io/mailguard/importer/ExchangeImportFuzzTestInputs/importsOrRefuses/}.
 */
class ExchangeImportFuzzTest {

    private static final SchemaValidator SCHEMA = SchemaValidator.forConfiguration();

    @FuzzTest(maxDuration = "5m")
    void importsOrRefuses(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("mailguard-import-fuzz");
        try {
            Path export = Files.write(dir.resolve("rc.json"), bytes);
            ExchangeImport.Result result = ExchangeImport.run(new ExchangeImport.Request(export, null, null, "contoso", dir.resolve("out")));
            assertTrue(result.findings().isEmpty() != result.written().isEmpty(), "findings or files, never both or neither: " + result);
            for (Path file : result.written()) {
                LoadResult loaded = new YamlLoader(LoadLimits.DEFAULT).load(file, file.toString());
                assertEquals(List.of(), loaded.findings(), file.toString());
                assertEquals(List.of(), SCHEMA.validate(loaded.document()), Files.readString(file));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
