package io.mailguard.schema;

import io.mailguard.Finding;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.Validator;
import org.everit.json.schema.loader.SchemaClient;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Validates loaded documents against MailGuard's JSON Schema (draft-07), compiled once and shared;
 * each leaf violation becomes one MG100 finding at the node at fault.
 */
public final class SchemaValidator {

    /** The schema's resource path in the {@code mailguard-schema} jar. */
    public static final String CONFIG_SCHEMA = "/mailguard/mailguard-v1.schema.json";

    private final Schema schema;
    private final ConformanceCheck conformance;
    private final Validator validator = Validator.builder().build();

    private SchemaValidator(Schema schema) {
        this.schema = schema;
        this.conformance = ConformanceCheck.of(schema);
    }

    /** Compiles the schema at a resource path; any {@code $ref} outside the schema itself is refused. */
    public static SchemaValidator forResource(String resource) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is missing from the classpath");
            }
            return new SchemaValidator(compile(new JSONObject(new JSONTokener(in))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The compiled schema. */
    Schema schema() {
        return schema;
    }

    /** The MailGuard configuration schema. */
    public static SchemaValidator forConfiguration() {
        return forResource(CONFIG_SCHEMA);
    }

    /** Compiles a draft-07 schema that may only refer to itself. */
    static Schema compile(JSONObject json) {
        SchemaClient offline = url -> {
            throw new IllegalArgumentException("the schema refers to " + url
                    + "; MailGuard never fetches schemas, so only references inside the schema (#/...) are allowed");
        };
        return SchemaLoader.builder()
                .draftV7Support()
                .schemaClient(offline)
                .schemaJson(json)
                .build()
                .load()
                .build();
    }

    /** One finding per leaf violation; empty when the document is valid. */
    public List<Finding> validate(YamlDocument document) {
        return validate(document, true);
    }

    /** One finding per leaf violation; with {@code fastPaths} off, Everit judges every document. */
    public List<Finding> validate(YamlDocument document, boolean fastPaths) {
        return fastPaths && conformance.certainlyConforms(document.root()) ? List.of() : validateWithEverit(document);
    }

    /** Everit's verdict, whatever {@link ConformanceCheck} would say. */
    List<Finding> validateWithEverit(YamlDocument document) {
        try {
            validator.performValidation(schema, toJson(document.root()));
            return List.of();
        } catch (ValidationException e) {
            List<Finding> findings = new ArrayList<>();
            new ViolationMessages(document).addLeaves(e, findings);
            return findings;
        }
    }

    static Object toJson(YamlNode node) {
        if (node instanceof YamlMapping mapping) {
            JSONObject object = new JSONObject();
            for (YamlMapping.Entry entry : mapping.entries()) {
                object.put(entry.key().text(), toJson(entry.value()));
            }
            return object;
        }
        if (node instanceof YamlSequence sequence) {
            JSONArray array = new JSONArray();
            for (YamlNode item : sequence.items()) {
                array.put(toJson(item));
            }
            return array;
        }
        YamlScalar scalar = (YamlScalar) node;
        String text = scalar.text();
        return switch (scalar.type()) {
            case STRING -> text;
            case NULL -> JSONObject.NULL;
            case BOOLEAN -> Boolean.valueOf(text.toLowerCase(Locale.ROOT));
            case INTEGER -> scalar.integerValue();
            case FLOAT -> text.contains("inf") || text.contains("Inf") || text.contains("INF")
                    || text.contains("nan") || text.contains("NaN") || text.contains("NAN")
                    ? text : new BigDecimal(text);
        };
    }
}
