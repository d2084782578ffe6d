package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

    @TempDir
    Path project;

    @Test
    void oneTestCasePerFileAndOneFailurePerFailingFinding() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        Document xml = junit(result);

        Element suite = xml.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("mailguard", suite.getAttribute("name"));
        assertEquals(String.valueOf(result.files().size()), suite.getAttribute("tests"));
        assertEquals(String.valueOf(result.failures().size()), suite.getAttribute("failures"));
        assertEquals(1, result.failures().size());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(result.files().size(), cases.getLength());
        assertEquals("clean.yaml", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals(result.failures().size(), xml.getElementsByTagName("failure").getLength());

        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals("MG100", failure.getAttribute("type"));
        assertTrue(failure.getAttribute("message").endsWith(ReportFixture.SCRIPT), failure.getAttribute("message"));
        assertEquals(ConsoleReport.line(result.failures().get(0)), failure.getTextContent());
    }

    @Test
    void findingsThatDoNotFailAreListedAsOutput() throws Exception {
        Document xml = junit(ReportFixture.mixed(project));

        NodeList outputs = xml.getElementsByTagName("system-out");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < outputs.getLength(); i++) {
            all.append(outputs.item(i).getTextContent()).append('\n');
        }
        assertTrue(all.toString().contains(": warning MG100 schema-violation: "), all.toString());
        assertTrue(all.toString().contains("(suppressed: accepted risk)"), all.toString());
    }

    @Test
    void aLowerThresholdMakesMoreFailures() throws Exception {
        CheckResult mixed = ReportFixture.mixed(project);
        CheckResult strict = new CheckResult(mixed.findings(), mixed.files(), mixed.servers(), mixed.virtualServers(),
                FailOn.INFO);

        Document xml = junit(strict);

        assertEquals(3, strict.failures().size());
        assertEquals(3, xml.getElementsByTagName("failure").getLength());
        assertEquals("3", xml.getDocumentElement().getAttribute("failures"));
    }

    private static Document junit(CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JunitReport.write(result, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }
}
