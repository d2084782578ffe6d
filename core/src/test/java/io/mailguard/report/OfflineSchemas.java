package io.mailguard.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.opentest4j.AssertionFailedError;

/** Compiles JSON Schemas with Everit, never fetching anything, and validates reports against them. */
final class OfflineSchemas {

    private static final SchemaClient OFFLINE = url -> {
        throw new IllegalStateException("the schema tried to fetch " + url + "; tests never go on the network");
    };

    private OfflineSchemas() {
    }

    /** Compiles a schema, as draft-07 when it says so and as draft-04 (Everit's default) otherwise. */
    static Schema compile(InputStream in) {
        JSONObject json = new JSONObject(new JSONTokener(in));
        SchemaLoader.SchemaLoaderBuilder loader = SchemaLoader.builder().schemaClient(OFFLINE).schemaJson(json);
        if (json.optString("$schema").contains("draft-07")) {
            loader.draftV7Support();
        }
        return loader.build().load().build();
    }

    static Schema compile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return compile(in);
        }
    }

    /** Fails with every violation listed when the document does not follow the schema. */
    static void assertValid(Schema schema, byte[] document) {
        try {
            schema.validate(new JSONObject(new JSONTokener(new ByteArrayInputStream(document))));
        } catch (ValidationException e) {
            throw new AssertionFailedError("the report does not follow " + schema.getTitle() + ":\n"
                    + String.join("\n", e.getAllMessages()));
        }
    }
}
