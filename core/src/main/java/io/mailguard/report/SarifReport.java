package io.mailguard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.Product;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.Suppression;
import io.mailguard.rules.RuleCatalogue;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mailguard.sarif}: SARIF 2.1.0 with the whole rule catalogue, one result per finding and
 * suppressions recorded as SARIF suppressions. Paths stay relative to {@code %SRCROOT%}, the project
 * directory, so the file does not depend on where the project was checked out.
 */
final class SarifReport {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {
    }

    static void write(CheckResult result, OutputStream out) throws IOException {
        // MailGuard's rules, then the team's policies that found something
        List<RuleDescriptor> rules = new java.util.ArrayList<>(RuleCatalogue.descriptors());
        result.findings().stream().map(Finding::rule).filter(rule -> !rule.builtIn()).distinct()
                .sorted(java.util.Comparator.comparing(RuleDescriptor::id)).forEach(rules::add);
        Map<String, Integer> ruleIndex = indexes(rules.stream().map(RuleDescriptor::id).toList());
        Map<String, Integer> fileIndex = indexes(result.files());
        boolean baselined = result.findings().stream().anyMatch(SarifReport::inBaseline);
        try (JsonGenerator json = JsonReport.generator(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();

            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "MailGuard");
            json.writeStringField("version", Product.version());
            json.writeStringField("informationUri", Product.INFORMATION_URI);
            json.writeArrayFieldStart("rules");
            for (RuleDescriptor rule : rules) {
                writeRule(json, rule);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();

            json.writeArrayFieldStart("invocations");
            json.writeStartObject();
            json.writeBooleanField("executionSuccessful", true);
            json.writeEndObject();
            json.writeEndArray();

            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SRCROOT);
            writeText(json, "description", "The project directory; file paths are relative to it.");
            json.writeEndObject();
            json.writeEndObject();

            json.writeArrayFieldStart("artifacts");
            for (String file : result.files()) {
                json.writeStartObject();
                json.writeFieldName("location");
                writeArtifactLocation(json, file, -1);
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeArrayFieldStart("results");
            for (Finding finding : result.findings()) {
                writeResult(json, finding, ruleIndex.getOrDefault(finding.rule().id(), -1),
                        fileIndex.getOrDefault(finding.location().file(), -1), baselined);
            }
            json.writeEndArray();

            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeRule(JsonGenerator json, RuleDescriptor rule) throws IOException {
        String fullDescription = rule.seedSentence().isBlank()
                ? rule.summary()
                : rule.summary() + " " + rule.seedSentence();
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.name());
        writeText(json, "shortDescription", rule.summary());
        writeText(json, "fullDescription", fullDescription);
        if (rule.builtIn()) {
            json.writeStringField("helpUri", Product.ruleUri(rule.id()));
        }
        json.writeObjectFieldStart("help");
        String page = rule.builtIn() ? Product.rulePage(rule.id()).orElse(null) : null;
        json.writeStringField("text", page != null ? page
                : rule.builtIn() ? fullDescription : fullDescription + " (policy defined in " + rule.definedIn() + ")");
        if (page != null) {
            json.writeStringField("markdown", page);
        }
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.defaultSeverity()));
        json.writeEndObject();
        // GitHub code scanning sorts security alerts by this score; MG0xx are the security rules
        json.writeObjectFieldStart("properties");
        boolean security = rule.id().startsWith("MG0");
        json.writeArrayFieldStart("tags");
        json.writeString(!rule.builtIn() ? "policy" : security ? "security" : "correctness");
        json.writeEndArray();
        if (security) {
            json.writeStringField("security-severity", switch (rule.defaultSeverity()) {
                case ERROR -> "8.0";
                case WARNING -> "5.0";
                case INFO -> "2.0";
            });
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex, int fileIndex,
            boolean baselined) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule().id());
        if (ruleIndex >= 0) {
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(finding.severity()));
        writeText(json, "message", Inert.message(finding.message()));

        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeFieldName("artifactLocation");
        writeArtifactLocation(json, finding.location().file(), fileIndex);
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", Math.max(1, finding.location().line()));
        json.writeNumberField("startColumn", Math.max(1, finding.location().column()));
        json.writeEndObject();
        json.writeEndObject();
        if (!finding.object().isEmpty()) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("name", Inert.name(finding.object()));
            if (!finding.organization().isEmpty()) {
                json.writeStringField("fullyQualifiedName", Inert.name(finding.organization()) + "/" + Inert.name(finding.object()));
            }
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();

        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("mailguard/v1", sha256(Reports.fingerprint(finding)));
        json.writeEndObject();

        Suppression suppression = finding.suppression();
        if (baselined) {
            json.writeStringField("baselineState", inBaseline(finding) ? "unchanged" : "new");
        }
        if (suppression != null && !inBaseline(finding)) {
            json.writeArrayFieldStart("suppressions");
            json.writeStartObject();
            json.writeStringField("kind", suppression.kind() == Suppression.Kind.IN_SOURCE ? "inSource" : "external");
            json.writeStringField("justification", Inert.message(suppression.justification()));
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** An artifact location: relative to {@code %SRCROOT%}, or a {@code file:} URI for a file outside the project. */
    private static void writeArtifactLocation(JsonGenerator json, String file, int index) throws IOException {
        json.writeStartObject();
        boolean absolute = file.startsWith("/") || file.matches("[A-Za-z]:/.*");
        json.writeStringField("uri", absolute ? "file://" + (file.startsWith("/") ? "" : "/") + encode(file) : encode(file));
        if (!absolute) {
            json.writeStringField("uriBaseId", SRCROOT);
        }
        if (index >= 0) {
            json.writeNumberField("index", index);
        }
        json.writeEndObject();
    }

    /** The path as a URI reference: spaces, non-ASCII and other reserved characters percent-encoded. */
    private static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot express " + path + " as a URI", e);
        }
    }

    private static boolean inBaseline(Finding finding) {
        return finding.suppression() != null && finding.suppression().kind() == Suppression.Kind.BASELINE;
    }

    /** Each value's position in the list, for results to refer to rules and artifacts by index. */
    private static Map<String, Integer> indexes(List<String> values) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            indexes.putIfAbsent(values.get(i), i);
        }
        return indexes;
    }

    private static void writeText(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Code-scanning services expect opaque fingerprints; the raw one names objects and files. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
