package io.mailguard.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.RepositoryYaml;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The conformance check may only say "certainly valid" where Everit finds nothing wrong; it must say
 * so for the working files of a topology, or it would not make anything faster.
 */
class ConformanceCheckTest {

    private static final SchemaValidator SCHEMA = SchemaValidator.forConfiguration();
    private static final ConformanceCheck CHECK = ConformanceCheck.of(SCHEMA.schema());
    private final YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);

    @Test
    void findsTheExampleProjectCertainlyValid() throws IOException {
        List<Path> files = RepositoryYaml.files(Path.of("../example-project/src/main"));
        assertTrue(files.size() >= 5, files.toString());
        for (Path file : files) {
            YamlDocument document = loader.load(file, file.toString()).document();
            assertNotNull(document, file.toString());
            assertTrue(CHECK.certainlyConforms(document.root()), file + " is valid and should be found so");
        }
    }

    @Test
    void isNotCertainOfAnInvalidDocument() {
        for (String yaml : List.of(
                "apiVersion: mailguard/v1\norganization: contoso\nservers:\n  - name: EXCH01\n    mailboxes: many\n",
                "apiVersion: mailguard/v1\norganization: contoso\nservers:\n  - name: EXCH01\n    mailbox: 20\n",
                "apiVersion: mailguard/v1\nservers: []\n",
                "apiVersion: mailguard/v2\norganization: contoso\n")) {
            YamlDocument document = loader.load(yaml.getBytes(StandardCharsets.UTF_8), "mail/x.yaml").document();
            assertEquals(false, CHECK.certainlyConforms(document.root()), yaml);
            assertTrue(!SCHEMA.validate(document).isEmpty(), "Everit reports it: " + yaml);
        }
    }

    /**
     * Every MailGuard file the repository holds (example project, plugin test projects, rule pages,
     * fuzz seeds), each as written and in 100 mutations that keep it YAML but change its values, drop
     * lines or add keys: wherever the check is certain, Everit reports nothing.
     */
    @Test
    void isCertainOnlyWhereEveritFindsNothingWrong() throws IOException {
        List<String> texts = RepositoryYaml.texts();
        Random random = new Random(20261127);
        int certain = 0;
        int invalid = 0;
        for (String text : texts) {
            for (int i = 0; i <= 100; i++) {
                String variant = i == 0 ? text : mutate(text, random);
                YamlDocument document = loader.load(variant.getBytes(StandardCharsets.ISO_8859_1), "mail/x.yaml").document();
                if (document == null) {
                    continue;
                }
                boolean everitValid = SCHEMA.validateWithEverit(document).isEmpty();
                if (CHECK.certainlyConforms(document.root())) {
                    certain++;
                    assertTrue(everitValid, "certain, but Everit disagrees:\n" + variant + "\n" + SCHEMA.validateWithEverit(document));
                }
                invalid += everitValid ? 0 : 1;
            }
        }
        assertTrue(certain > 1000 && invalid > 1000, certain + " certainly valid, " + invalid + " invalid");
    }

    private static final String[] VALUES = {
        "yes", "true", "false", "25", "0", "-1", "65535", "65536", "99999999999999999999", "1.5", "0x19", "\"25\"", "''", "~",
        "x", " ", "2026-02-28", "2026-02-30", "'2027-06-30'", "internal", "internet-bridgehead", "imap-pop", "unspecified",
        "exchange-2003", "only-listed", "all-except-listed", "mailguard/v1", "[]", "[a, b]", "[1]", "0.0.0.0/0",
        "10.0.0.0/8", "Everyone", "[Everyone]", "a/b", "{}",
    };

    private static String mutate(String text, Random random) {
        String[] lines = text.split("\n", -1);
        int at = random.nextInt(lines.length);
        String line = lines[at];
        switch (random.nextInt(4)) {
            case 0 -> lines[at] = "";
            case 1 -> lines[at] = line + "\n" + line.replaceAll("^(\\s*(- )?)\\s*\\S.*$", "$1bogus: 1").replace("- bogus", "  bogus");
            default -> {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    lines[at] = line.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)];
                }
            }
        }
        return String.join("\n", lines);
    }

}
