package io.mailguard.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.Product;
import io.mailguard.Severity;
import io.mailguard.Suppression;
import java.io.IOException;
import java.io.OutputStream;

/** {@code mailguard.json}: the findings and a summary, as described by {@code mailguard-report-v1.schema.json}. */
final class JsonReport {

    /** The value of the report's {@code format} field; it changes when the report's shape does. */
    static final String FORMAT = "mailguard-report/v1";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonReport() {
    }

    static void write(CheckResult result, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "MailGuard");
            json.writeStringField("version", Product.version());
            json.writeEndObject();

            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", result.files().size());
            json.writeNumberField("servers", result.servers());
            json.writeNumberField("virtualServers", result.virtualServers());
            json.writeNumberField("receiveConnectors", result.receiveConnectors());
            json.writeNumberField("postfixServices", result.postfixServices());
            json.writeNumberField("errors", result.count(Severity.ERROR));
            json.writeNumberField("warnings", result.count(Severity.WARNING));
            json.writeNumberField("info", result.count(Severity.INFO));
            json.writeNumberField("suppressed", result.suppressed());
            json.writeStringField("failOn", result.failOn().label());
            json.writeBooleanField("failed", result.failed());
            json.writeEndObject();

            json.writeArrayFieldStart("findings");
            for (Finding finding : result.findings()) {
                writeFinding(json, finding);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", finding.rule().id());
        json.writeStringField("name", finding.rule().name());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("file", Inert.visible(finding.location().file()));
        json.writeNumberField("line", finding.location().line());
        json.writeNumberField("column", finding.location().column());
        json.writeStringField("pointer", Inert.name(finding.location().pointer()));
        json.writeStringField("organization", Inert.name(finding.organization()));
        json.writeStringField("object", Inert.name(finding.object()));
        json.writeStringField("property", Inert.name(finding.property()));
        json.writeStringField("message", Inert.message(finding.message()));
        json.writeStringField("fingerprint", Inert.visible(Reports.fingerprint(finding)));
        Suppression suppression = finding.suppression();
        if (suppression == null) {
            json.writeNullField("suppressed");
        } else {
            json.writeObjectFieldStart("suppressed");
            json.writeStringField("kind", suppression.kind().label());
            json.writeStringField("justification", Inert.message(suppression.justification()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * A generator that pretty-prints with two spaces and {@code \n}, whatever the platform, so that
     * the JSON reports are byte-identical everywhere.
     */
    static JsonGenerator generator(OutputStream out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return FACTORY.createGenerator(out).setPrettyPrinter(printer);
    }
}
