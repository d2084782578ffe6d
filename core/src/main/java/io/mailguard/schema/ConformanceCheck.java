package io.mailguard.schema;

import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import java.math.BigDecimal;
import java.util.Map;
import org.everit.json.schema.ArraySchema;
import org.everit.json.schema.BooleanSchema;
import org.everit.json.schema.CombinedSchema;
import org.everit.json.schema.ConstSchema;
import org.everit.json.schema.EmptySchema;
import org.everit.json.schema.EnumSchema;
import org.everit.json.schema.NullSchema;
import org.everit.json.schema.NumberSchema;
import org.everit.json.schema.ObjectSchema;
import org.everit.json.schema.ReferenceSchema;
import org.everit.json.schema.Schema;
import org.everit.json.schema.StringSchema;

/**
 * Tells, straight off Everit's compiled schema and the loaded tree, that a document certainly
 * conforms — the answer for nearly every file of a working topology, at a fraction of the cost of
 * converting the tree to org.json and running Everit's validator. It answers yes only where every
 * keyword on the way is one it knows and the value plainly satisfies it; anything else (a violation,
 * or a keyword it does not know) is "not certain", and Everit then validates the document and says
 * what is wrong. So it can only make a check faster, never change what it reports
 * ({@code ConformanceCheckTest} holds it to Everit's verdict on every document the tests have).
 */
final class ConformanceCheck {

    private ConformanceCheck() {
    }

    /** True only when {@code node} certainly conforms to {@code schema}. */
    static boolean certainlyConforms(Schema schema, YamlNode node) {
        if (schema instanceof ReferenceSchema reference) {
            return certainlyConforms(reference.getReferredSchema(), node);
        }
        if (schema instanceof ObjectSchema object) {
            return node instanceof YamlMapping mapping && conforms(object, mapping);
        }
        if (schema instanceof ArraySchema array) {
            return node instanceof YamlSequence sequence && conforms(array, sequence);
        }
        if (schema instanceof CombinedSchema combined) {
            return conforms(combined, node);
        }
        if (schema instanceof EmptySchema) {
            return true; // also TrueSchema: anything conforms
        }
        if (!(node instanceof YamlScalar scalar)) {
            return false;
        }
        if (schema instanceof StringSchema string) {
            return scalar.type() == YamlScalar.Type.STRING && conforms(string, scalar.text());
        }
        if (schema instanceof NumberSchema number) {
            return conforms(number, scalar);
        }
        if (schema instanceof EnumSchema enumeration) {
            return scalar.type() == YamlScalar.Type.STRING && enumeration.getPossibleValues().contains(scalar.text());
        }
        if (schema instanceof ConstSchema constant) {
            return scalar.type() == YamlScalar.Type.STRING && scalar.text().equals(constant.getPermittedValue());
        }
        if (schema instanceof BooleanSchema) {
            return scalar.type() == YamlScalar.Type.BOOLEAN;
        }
        if (schema instanceof NullSchema) {
            return scalar.type() == YamlScalar.Type.NULL;
        }
        return false;
    }

    private static boolean conforms(ObjectSchema schema, YamlMapping mapping) {
        if (!schema.getPatternProperties().isEmpty() || schema.getMinProperties() != null || schema.getMaxProperties() != null
                || schema.getPropertyNameSchema() != null || !schema.getPropertyDependencies().isEmpty()
                || !schema.getSchemaDependencies().isEmpty()) {
            return false;
        }
        for (String required : schema.getRequiredProperties()) {
            if (mapping.entry(required) == null) {
                return false;
            }
        }
        Map<String, Schema> properties = schema.getPropertySchemas();
        for (YamlMapping.Entry entry : mapping.entries()) {
            Schema property = properties.get(entry.key().text());
            if (property == null) {
                if (!schema.permitsAdditionalProperties()) {
                    return false;
                }
                property = schema.getSchemaOfAdditionalProperties();
            }
            if (property != null && !certainlyConforms(property, entry.value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean conforms(ArraySchema schema, YamlSequence sequence) {
        int size = sequence.items().size();
        if (schema.needsUniqueItems() || schema.getItemSchemas() != null || schema.getContainedItemSchema() != null
                || (schema.getMinItems() != null && size < schema.getMinItems())
                || (schema.getMaxItems() != null && size > schema.getMaxItems())) {
            return false;
        }
        Schema items = schema.getAllItemSchema();
        if (items != null) {
            for (YamlNode item : sequence.items()) {
                if (!certainlyConforms(items, item)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean conforms(CombinedSchema schema, YamlNode node) {
        if (schema.getCriterion() == CombinedSchema.ALL_CRITERION) {
            return schema.getSubschemas().stream().allMatch(subschema -> certainlyConforms(subschema, node));
        }
        if (schema.getCriterion() == CombinedSchema.ANY_CRITERION) {
            return schema.getSubschemas().stream().anyMatch(subschema -> certainlyConforms(subschema, node));
        }
        return false; // oneOf needs the others to fail for certain
    }

    private static boolean conforms(StringSchema schema, String text) {
        Integer min = schema.getMinLength();
        Integer max = schema.getMaxLength();
        if (min != null || max != null) {
            int length = text.codePointCount(0, text.length());
            if ((min != null && length < min) || (max != null && length > max)) {
                return false;
            }
        }
        return (schema.getPattern() == null || schema.getPattern().matcher(text).find())
                && schema.getFormatValidator().validate(text).isEmpty();
    }

    private static boolean conforms(NumberSchema schema, YamlScalar scalar) {
        if (scalar.type() != YamlScalar.Type.INTEGER || !(scalar.integerValue() instanceof Long value)
                || schema.getMultipleOf() != null) {
            return false;
        }
        BigDecimal number = BigDecimal.valueOf(value);
        return within(number, schema.getMinimum(), schema.isExclusiveMinimum() ? 1 : 0)
                && within(number, schema.getExclusiveMinimumLimit(), 1)
                && within(number.negate(), negate(schema.getMaximum()), schema.isExclusiveMaximum() ? 1 : 0)
                && within(number.negate(), negate(schema.getExclusiveMaximumLimit()), 1);
    }

    /** Whether {@code number} is at least {@code limit} ({@code strict}: above it); no limit, no bound. */
    private static boolean within(BigDecimal number, Number limit, int strict) {
        return limit == null || number.compareTo(new BigDecimal(limit.toString())) >= strict;
    }

    private static Number negate(Number limit) {
        return limit == null ? null : new BigDecimal(limit.toString()).negate();
    }
}
