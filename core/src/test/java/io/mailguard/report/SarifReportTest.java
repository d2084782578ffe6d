package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.rules.RuleCatalogue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.everit.json.schema.Schema;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    @TempDir
    Path project;

    @Test
    void followsTheOasisSchema() throws Exception {
        Path schema = Path.of(System.getProperty("mailguard.shared", "../../shared"), "schemas", "sarif-schema-2.1.0.json");
        assumeTrue(Files.isRegularFile(schema), "SKIPPED: the SARIF 2.1.0 schema is not at " + schema.toAbsolutePath()
                + " (set -Dmailguard.shared to the shared folder beside the checkout)");
        Schema sarif = OfflineSchemas.compile(schema);

        OfflineSchemas.assertValid(sarif, sarif(ReportFixture.mixed(project)));
        OfflineSchemas.assertValid(sarif, sarif(ReportFixture.baselined(project.resolve("baselined"))));
    }

    @Test
    void describesEveryRuleAndPointsEachResultAtItsRule() throws Exception {
        JSONObject run = run(ReportFixture.mixed(project));

        JSONObject driver = run.getJSONObject("tool").getJSONObject("driver");
        assertEquals("MailGuard", driver.getString("name"));
        JSONArray rules = driver.getJSONArray("rules");
        assertEquals(RuleCatalogue.descriptors().size(), rules.length());
        int index = RuleCatalogue.descriptors().indexOf(RuleCatalogue.find("MG100").orElseThrow());
        JSONObject mg100 = rules.getJSONObject(index);
        assertEquals("MG100", mg100.getString("id"));
        assertEquals("schema-violation", mg100.getString("name"));
        assertTrue(mg100.getJSONObject("help").getString("markdown").startsWith("# MG100 schema-violation"));
        assertEquals("https://github.com/mailguard/mailguard/blob/main/docs/rules/MG100.md", mg100.getString("helpUri"));
        assertEquals("error", mg100.getJSONObject("defaultConfiguration").getString("level"));
        assertFalse(mg100.getJSONObject("properties").has("security-severity"), "structural rules are not security alerts");
        JSONObject mg003 = rules.getJSONObject(RuleCatalogue.descriptors().indexOf(RuleCatalogue.find("MG003").orElseThrow()));
        assertEquals("8.0", mg003.getJSONObject("properties").getString("security-severity"));
        assertEquals("security", mg003.getJSONObject("properties").getJSONArray("tags").getString(0));

        JSONArray results = run.getJSONArray("results");
        assertEquals(5, results.length());
        for (int i = 0; i < results.length(); i++) {
            JSONObject result = results.getJSONObject(i);
            RuleDescriptor rule = RuleCatalogue.descriptors().get(result.getInt("ruleIndex"));
            assertEquals(rule.id(), result.getString("ruleId"));
            assertEquals(64, result.getJSONObject("partialFingerprints").getString("mailguard/v1").length());
            assertFalse(result.has("baselineState"), "no baseline was involved");
        }
    }

    @Test
    void givesLevelsRegionsRelativeUrisAndSuppressions() throws Exception {
        JSONArray results = run(ReportFixture.mixed(project)).getJSONArray("results");

        JSONObject first = results.getJSONObject(0);
        assertEquals("error", first.getString("level"));
        JSONObject physical = first.getJSONArray("locations").getJSONObject(0).getJSONObject("physicalLocation");
        assertEquals("config/edge%20gateway.yaml", physical.getJSONObject("artifactLocation").getString("uri"));
        assertEquals("%SRCROOT%", physical.getJSONObject("artifactLocation").getString("uriBaseId"));
        assertEquals(9, physical.getJSONObject("region").getInt("startLine"));
        assertEquals(15, physical.getJSONObject("region").getInt("startColumn"));
        assertEquals("warning", results.getJSONObject(1).getString("level"));
        assertEquals("note", results.getJSONObject(2).getString("level"));

        JSONObject inSource = results.getJSONObject(3);
        assertEquals("EXCH02", inSource.getJSONArray("locations").getJSONObject(0)
                .getJSONArray("logicalLocations").getJSONObject(0).getString("name"));
        JSONObject suppression = inSource.getJSONArray("suppressions").getJSONObject(0);
        assertEquals("inSource", suppression.getString("kind"));
        assertEquals("planned, ticket " + ReportFixture.SCRIPT, suppression.getString("justification"));
        assertEquals("external", results.getJSONObject(4).getJSONArray("suppressions").getJSONObject(0).getString("kind"));
        assertFalse(results.getJSONObject(0).has("suppressions"));
    }

    @Test
    void marksBaselinedResultsUnchangedAndTheOthersNew() throws Exception {
        CheckResult result = ReportFixture.baselined(project);
        JSONArray results = run(result).getJSONArray("results");

        for (int i = 0; i < results.length(); i++) {
            Finding finding = result.findings().get(i);
            boolean inBaseline = finding.suppression() != null && finding.suppression().justification().equals("baseline");
            assertEquals(inBaseline ? "unchanged" : "new", results.getJSONObject(i).getString("baselineState"));
            assertEquals(!inBaseline && !finding.counts(), results.getJSONObject(i).has("suppressions"));
        }
    }

    @Test
    void namesNoMachineSpecificPath() throws Exception {
        String sarif = new String(sarif(ReportFixture.mixed(project)), StandardCharsets.UTF_8);

        assertFalse(sarif.contains(project.toString()), "the project's absolute path leaks into the SARIF");
        assertFalse(sarif.contains("file:"), "the SARIF names a file: URI");
    }

    private static JSONObject run(CheckResult result) throws Exception {
        return new JSONObject(new String(sarif(result), StandardCharsets.UTF_8)).getJSONArray("runs").getJSONObject(0);
    }

    private static byte[] sarif(CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SarifReport.write(result, out);
        return out.toByteArray();
    }
}
