package io.mailguard.schema;

import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConditionalSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EmptySchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.FormatValidator;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;

/**
 * Tells, from Everit's compiled schema and the loaded tree, that a document certainly conforms — the
 * answer for nearly every file of a working topology, at a fraction of the cost of converting the tree
 * to org.json and running Everit's validator. It answers yes only where every keyword on the way is
 * one it knows and the value plainly satisfies it; anything else (a violation, or a keyword it does not
 * know) is "not certain", and Everit then validates the document and says what is wrong. So it can
 * only make a check faster, never change what it reports ({@code ConformanceCheckTest} holds it to
 * Everit's verdict on every document the tests have). It reads the schema once, when it is built.
 */
final class ConformanceCheck {

    /** One schema, read: whether a node certainly conforms to it. */
    private interface Check {
        boolean conforms(YamlNode node);
    }

    private static final Check NOT_CERTAIN = node -> false;

    private final Map<Schema, Check> read = new IdentityHashMap<>();
    private final Check root;

    private ConformanceCheck(Schema schema) {
        this.root = check(schema);
    }

    static ConformanceCheck of(Schema schema) {
        return new ConformanceCheck(schema);
    }

    /** True only when {@code node} certainly conforms to the schema. */
    boolean certainlyConforms(YamlNode node) {
        return root.conforms(node);
    }

    /** The check of one schema, read once; a schema that refers to itself gets the check being read. */
    private Check check(Schema schema) {
        Check known = read.get(schema);
        if (known != null) {
            return known;
        }
        Check[] inProgress = new Check[1];
        read.put(schema, node -> inProgress[0].conforms(node));
        inProgress[0] = readCheck(schema);
        read.put(schema, inProgress[0]);
        return inProgress[0];
    }

    private Check readCheck(Schema schema) {
        if (schema instanceof ReferenceSchema reference) {
            return check(reference.getReferredSchema());
        }
        if (schema instanceof ObjectSchema object) {
            return object(object);
        }
        if (schema instanceof ArraySchema array) {
            return array(array);
        }
        if (schema instanceof CombinedSchema combined) {
            return combined(combined);
        }
        if (schema instanceof ConditionalSchema conditional) {
            return conditional(conditional);
        }
        if (schema instanceof EmptySchema) {
            return node -> true; // also TrueSchema: anything conforms
        }
        if (schema instanceof StringSchema string) {
            return string(string);
        }
        if (schema instanceof NumberSchema number) {
            return number(number);
        }
        if (schema instanceof EnumSchema enumeration) {
            Set<Object> values = enumeration.getPossibleValues();
            return node -> isString(node) && values.contains(((YamlScalar) node).text());
        }
        if (schema instanceof ConstSchema constant) {
            Object value = constant.getPermittedValue();
            return node -> isString(node) && ((YamlScalar) node).text().equals(value);
        }
        if (schema instanceof BooleanSchema) {
            return node -> node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.BOOLEAN;
        }
        if (schema instanceof NullSchema) {
            return node -> node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.NULL;
        }
        return NOT_CERTAIN;
    }

    private Check object(ObjectSchema schema) {
        if (!schema.getPatternProperties().isEmpty() || schema.getMinProperties() != null || schema.getMaxProperties() != null
                || schema.getPropertyNameSchema() != null || !schema.getPropertyDependencies().isEmpty()
                || !schema.getSchemaDependencies().isEmpty()) {
            return NOT_CERTAIN;
        }
        List<String> required = List.copyOf(schema.getRequiredProperties());
        Map<String, Check> properties = new HashMap<>();
        schema.getPropertySchemas().forEach((name, property) -> properties.put(name, check(property)));
        Check additional = !schema.permitsAdditionalProperties() ? NOT_CERTAIN
                : schema.getSchemaOfAdditionalProperties() == null ? node -> true
                : check(schema.getSchemaOfAdditionalProperties());
        return node -> {
            if (!(node instanceof YamlMapping mapping)) {
                return false;
            }
            // indexed loops: no iterator per node (the check runs over every node of every file)
            for (int i = 0; i < required.size(); i++) {
                if (mapping.entry(required.get(i)) == null) {
                    return false;
                }
            }
            List<YamlMapping.Entry> entries = mapping.entries();
            for (int i = 0; i < entries.size(); i++) {
                YamlMapping.Entry entry = entries.get(i);
                if (!properties.getOrDefault(entry.key().text(), additional).conforms(entry.value())) {
                    return false;
                }
            }
            return true;
        };
    }

    private Check array(ArraySchema schema) {
        if (schema.needsUniqueItems() || schema.getItemSchemas() != null || schema.getContainedItemSchema() != null) {
            return NOT_CERTAIN;
        }
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        int max = schema.getMaxItems() == null ? Integer.MAX_VALUE : schema.getMaxItems();
        Check items = schema.getAllItemSchema() == null ? node -> true : check(schema.getAllItemSchema());
        return node -> {
            if (!(node instanceof YamlSequence sequence) || sequence.items().size() < min || sequence.items().size() > max) {
                return false;
            }
            List<YamlNode> all = sequence.items();
            for (int i = 0; i < all.size(); i++) {
                if (!items.conforms(all.get(i))) {
                    return false;
                }
            }
            return true;
        };
    }

    private Check combined(CombinedSchema schema) {
        Check[] subschemas = schema.getSubschemas().stream().map(this::check).toArray(Check[]::new);
        if (schema.getCriterion() == CombinedSchema.ALL_CRITERION) {
            return node -> {
                for (Check subschema : subschemas) {
                    if (!subschema.conforms(node)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (schema.getCriterion() == CombinedSchema.ANY_CRITERION) {
            return node -> {
                for (Check subschema : subschemas) {
                    if (subschema.conforms(node)) {
                        return true;
                    }
                }
                return false;
            };
        }
        return NOT_CERTAIN; // oneOf needs the others to fail for certain
    }

    /** if/then/else: certain where the {@code if} is decided exactly (or both branches certainly hold). */
    private Check conditional(ConditionalSchema schema) {
        Check then = schema.getThenSchema().map(this::check).orElse(node -> true);
        Check otherwise = schema.getElseSchema().map(this::check).orElse(node -> true);
        Predicate<YamlNode> condition = schema.getIfSchema().isPresent() ? exactly(schema.getIfSchema().get()) : node -> true;
        if (condition == null) {
            return node -> then.conforms(node) && otherwise.conforms(node);
        }
        return node -> condition.test(node) ? then.conforms(node) : otherwise.conforms(node);
    }

    /**
     * Whether a node satisfies a condition, decided exactly, for the conditions a schema's {@code if}
     * usually holds (required keys, string enums and constants); {@code null} for any other schema.
     */
    private static Predicate<YamlNode> exactly(Schema schema) {
        if (schema instanceof EnumSchema enumeration
                && enumeration.getPossibleValues().stream().allMatch(String.class::isInstance)) {
            Set<Object> values = enumeration.getPossibleValues();
            return node -> isString(node) && values.contains(((YamlScalar) node).text());
        }
        if (schema instanceof ConstSchema constant && constant.getPermittedValue() instanceof String value) {
            return node -> isString(node) && ((YamlScalar) node).text().equals(value);
        }
        if (!(schema instanceof ObjectSchema object) || object.requiresObject() || !object.permitsAdditionalProperties()
                || object.getSchemaOfAdditionalProperties() != null || !object.getPatternProperties().isEmpty()
                || object.getMinProperties() != null || object.getMaxProperties() != null
                || object.getPropertyNameSchema() != null || !object.getPropertyDependencies().isEmpty()
                || !object.getSchemaDependencies().isEmpty()) {
            return null;
        }
        String[] required = object.getRequiredProperties().toArray(String[]::new);
        Map<String, Schema> schemas = object.getPropertySchemas();
        String[] names = schemas.keySet().toArray(String[]::new);
        List<Predicate<YamlNode>> tests = new ArrayList<>();
        for (String name : names) {
            Predicate<YamlNode> decided = exactly(schemas.get(name));
            if (decided == null) {
                return null;
            }
            tests.add(decided);
        }
        return node -> {
            if (!(node instanceof YamlMapping mapping)) {
                return true; // properties and required constrain objects only
            }
            for (String name : required) {
                if (mapping.entry(name) == null) {
                    return false;
                }
            }
            for (int i = 0; i < names.length; i++) {
                YamlMapping.Entry entry = mapping.entry(names[i]);
                if (entry != null && !tests.get(i).test(entry.value())) {
                    return false;
                }
            }
            return true;
        };
    }

    private Check string(StringSchema schema) {
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        Pattern pattern = schema.getPattern();
        FormatValidator format = schema.getFormatValidator();
        return node -> {
            if (!isString(node)) {
                return false;
            }
            String text = ((YamlScalar) node).text();
            int length = text.codePointCount(0, text.length());
            return length >= min && length <= max
                    && (pattern == null || pattern.matcher(text).find())
                    && format.validate(text).isEmpty();
        };
    }

    private Check number(NumberSchema schema) {
        if (schema.getMultipleOf() != null) {
            return NOT_CERTAIN;
        }
        BigDecimal minimum = decimal(schema.getMinimum());
        BigDecimal maximum = decimal(schema.getMaximum());
        BigDecimal above = decimal(schema.getExclusiveMinimumLimit());
        BigDecimal below = decimal(schema.getExclusiveMaximumLimit());
        boolean exclusiveMinimum = schema.isExclusiveMinimum();
        boolean exclusiveMaximum = schema.isExclusiveMaximum();
        return node -> {
            if (!(node instanceof YamlScalar scalar) || scalar.type() != YamlScalar.Type.INTEGER
                    || !(scalar.integerValue() instanceof Long value)) {
                return false;
            }
            BigDecimal number = BigDecimal.valueOf(value);
            return (minimum == null || number.compareTo(minimum) > (exclusiveMinimum ? 0 : -1))
                    && (maximum == null || number.compareTo(maximum) < (exclusiveMaximum ? 0 : 1))
                    && (above == null || number.compareTo(above) > 0)
                    && (below == null || number.compareTo(below) < 0);
        };
    }

    private static boolean isString(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING;
    }

    private static BigDecimal decimal(Number limit) {
        return limit == null ? null : new BigDecimal(limit.toString());
    }
}
