package io.mailguard.suppress;

import io.mailguard.InvalidGlobException;
import io.mailguard.Location;
import io.mailguard.Suppression;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlLoader;
import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import io.mailguard.schema.SchemaValidator;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the suppression file ({@code mailguard-suppressions.yaml}): entries of rule, target (an object
 * name, {@code *} allowed at the end, or a file glob), reason and expiry, validated by its own schema.
 */
final class SuppressionFile {

    static final String SCHEMA = "/mailguard/mailguard-suppressions-v1.schema.json";

    private SuppressionFile() {
    }

    static void read(Path path, String file, YamlLoader loader, WaiverParser parser) {
        LoadResult loaded = loader.load(path, file);
        if (loaded.document() == null) {
            parser.findings.addAll(loaded.findings());
            return;
        }
        YamlDocument document = loaded.document();
        List<io.mailguard.Finding> violations = SchemaValidator.forResource(SCHEMA).validate(document);
        if (!violations.isEmpty()) {
            parser.findings.addAll(violations);
            return;
        }
        YamlSequence entries = (YamlSequence) document.root().get("suppressions");
        for (int i = 0; i < entries.items().size(); i++) {
            YamlMapping entry = (YamlMapping) entries.items().get(i);
            Location at = document.locate("/suppressions/" + i, false);
            String target = text(entry.get("target"));
            Waiver.Scope scope;
            try {
                scope = Waiver.target(target);
            } catch (InvalidGlobException e) {
                parser.invalid(document.locate("/suppressions/" + i + "/target", false),
                        "this suppression's target " + e.getMessage() + ", so it is not honoured");
                continue;
            }
            parser.add(Suppression.Kind.EXTERNAL, List.of(text(entry.get("rule"))), scope,
                    text(entry.get("reason")), text(entry.get("expires")), at);
        }
    }

    private static String text(YamlNode node) {
        return node instanceof YamlScalar scalar ? scalar.text() : null;
    }
}
