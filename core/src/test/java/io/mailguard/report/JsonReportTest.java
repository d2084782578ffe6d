package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.everit.json.schema.Schema;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    @TempDir
    Path project;

    @Test
    void followsItsPublishedSchema() throws Exception {
        Schema schema;
        try (InputStream in = JsonReportTest.class.getResourceAsStream("/mailguard/mailguard-report-v1.schema.json")) {
            schema = OfflineSchemas.compile(in);
        }

        OfflineSchemas.assertValid(schema, json(ReportFixture.mixed(project)));
        OfflineSchemas.assertValid(schema, json(ReportFixture.baselined(project.resolve("baselined"))));
    }

    @Test
    void summarisesAndListsEveryFindingInReportOrder() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        JSONObject report = new JSONObject(new String(json(result), StandardCharsets.UTF_8));

        assertEquals(JsonReport.FORMAT, report.getString("format"));
        JSONObject summary = report.getJSONObject("summary");
        assertEquals(4, summary.getInt("files"));
        assertEquals(1, summary.getInt("errors"));
        assertEquals(1, summary.getInt("warnings"));
        assertEquals(1, summary.getInt("info"));
        assertEquals(2, summary.getInt("suppressed"));
        assertTrue(summary.getBoolean("failed"));

        JSONArray findings = report.getJSONArray("findings");
        assertEquals(result.findings().size(), findings.length());
        JSONObject first = findings.getJSONObject(0);
        assertEquals("config/edge gateway.yaml", first.getString("file"));
        assertEquals(9, first.getInt("line"));
        assertTrue(first.isNull("suppressed"));
        JSONObject suppressed = findings.getJSONObject(3).getJSONObject("suppressed");
        assertEquals("in-source", suppressed.getString("kind"));
        assertEquals(result.findings().get(3).fingerprint(), findings.getJSONObject(3).getString("fingerprint"));
    }

    @Test
    void isIndentedWithTwoSpacesAndUnixLineEnds() throws Exception {
        String text = new String(json(ReportFixture.mixed(project)), StandardCharsets.UTF_8);

        assertTrue(text.startsWith("{\n  \"format\": \"mailguard-report/v1\",\n  \"tool\": {\n    \"name\": "), text);
        assertTrue(text.endsWith("}\n"));
        assertTrue(!text.contains("\r"));
    }

    private static byte[] json(CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonReport.write(result, out);
        return out.toByteArray();
    }
}
