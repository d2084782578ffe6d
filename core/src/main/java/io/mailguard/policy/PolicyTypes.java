package io.mailguard.policy;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * The model's object types as CEL sees them, declared from the configuration schema itself, so a policy
 * is type-checked against exactly the keys a file may hold: {@code self.authentcation} does not compile.
 * Each schema definition is a struct type {@code mailguard.<definition>}; a Postfix service, which the
 * schema does not describe as a file holds it, is declared here.
 */
final class PolicyTypes implements CelTypeProvider {

    private static final String PREFIX = "mailguard.";

    private final Map<String, CelType> types = new LinkedHashMap<>();

    private PolicyTypes(JSONObject schema) {
        JSONObject definitions = schema.getJSONObject("definitions");
        Map<String, Runnable> fill = new LinkedHashMap<>();
        for (String name : definitions.keySet()) {
            JSONObject definition = definitions.getJSONObject(name);
            if (definition.has("properties")) {
                fill.put(name, struct(PREFIX + name, definition));
            }
        }
        // every definition is declared before any field is typed, so references resolve in any order
        fill.values().forEach(Runnable::run);
        MapType textMap = MapType.create(SimpleType.STRING, SimpleType.STRING);
        Map<String, CelType> service = new LinkedHashMap<>();
        service.put("service", SimpleType.STRING);
        service.put("type", SimpleType.STRING);
        service.put("command", SimpleType.STRING);
        service.put("options", textMap);
        service.put("parameters", textMap);
        service.put("role", SimpleType.STRING);
        types.put(PREFIX + "postfixService", StructType.create(PREFIX + "postfixService",
                ImmutableSet.copyOf(service.keySet()), field -> Optional.ofNullable(service.get(field))));
    }

    /** The types of the configuration schema packaged with MailGuard. */
    static PolicyTypes fromSchema() {
        try (InputStream in = PolicyTypes.class.getResourceAsStream("/mailguard/mailguard-v1.schema.json")) {
            return new PolicyTypes(new JSONObject(new JSONTokener(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The struct type of a kind of object. */
    StructType of(PolicyTarget target) {
        return (StructType) types.get(PREFIX + target.word());
    }

    @Override
    public ImmutableCollection<CelType> types() {
        return ImmutableList.copyOf(types.values());
    }

    @Override
    public Optional<CelType> findType(String typeName) {
        return Optional.ofNullable(types.get(typeName));
    }

    /** Declares an object type; the returned step types its fields. */
    private Runnable struct(String name, JSONObject definition) {
        JSONObject properties = definition.getJSONObject("properties");
        Map<String, CelType> fields = new LinkedHashMap<>();
        types.put(name, StructType.create(name, ImmutableSet.copyOf(properties.keySet()),
                field -> Optional.ofNullable(fields.get(field))));
        return () -> {
            for (String property : properties.keySet()) {
                fields.put(property, type(name + "." + property, properties.getJSONObject(property)));
            }
        };
    }

    private CelType declared(String name, JSONObject schema) {
        struct(name, schema).run();
        return types.get(name);
    }

    /** The CEL type of a property's schema; {@code name} names an object type declared in place. */
    private CelType type(String name, JSONObject schema) {
        if (schema.has("$ref")) {
            String reference = schema.getString("$ref");
            return types.get(PREFIX + reference.substring(reference.lastIndexOf('/') + 1));
        }
        String type = schema.optString("type", "");
        return switch (type) {
            case "string" -> SimpleType.STRING;
            case "boolean" -> SimpleType.BOOL;
            case "integer" -> SimpleType.INT;
            case "number" -> SimpleType.DOUBLE;
            case "array" -> schema.optJSONObject("items") == null ? ListType.create(SimpleType.DYN)
                    : ListType.create(type(name, schema.getJSONObject("items")));
            case "object" -> schema.has("properties") ? declared(name, schema)
                    : MapType.create(SimpleType.STRING, schema.optJSONObject("additionalProperties") == null
                            ? SimpleType.DYN : type(name, schema.getJSONObject("additionalProperties")));
            default -> SimpleType.DYN;
        };
    }
}
