package io.mailguard.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    @TempDir
    Path project;

    @Test
    void escapesEverythingTakenFromTheConfiguration() throws Exception {
        String html = html(ReportFixture.mixed(project));

        assertFalse(html.contains("<script"), "a script tag from the YAML reached the page unescaped");
        assertTrue(html.contains("unspecified) &lt;script&gt;alert(1)&lt;/script&gt;</p>"), "the message is not escaped");
        assertTrue(html.contains("&#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34;: true"), "the YAML line is not shown escaped");
        assertTrue(html.contains("planned, ticket &lt;script&gt;alert(1)&lt;/script&gt;"), "the justification is not escaped");
    }

    @Test
    void isWellFormedAndSelfContained() throws Exception {
        String html = html(ReportFixture.mixed(project));

        Document page = parse(html);
        assertEquals("MailGuard report", page.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(html.contains("<meta name=\"viewport\""));
        assertTrue(html.contains("@media print"));
        assertFalse(html.contains("<link"), "the page fetches a stylesheet");
        assertFalse(html.contains("src="), "the page fetches something");
        assertEquals(0, page.getElementsByTagName("script").getLength());
    }

    @Test
    void summarisesCountsBySeverity() throws Exception {
        Document page = parse(html(ReportFixture.mixed(project)));

        Element summary = byId(page, "summary");
        assertEquals("1 Errors1 Warnings1 Info2 Suppressed", summary.getTextContent().replace("\n", ""));
    }

    @Test
    void showsTheOffendingLinesWithTwoLinesAround() throws Exception {
        Document page = parse(html(ReportFixture.mixed(project)));

        List<String> rows = texts(page, "pre").get(0).lines().toList();
        assertEquals(List.of(
                " 7    smtpVirtualServers:",
                " 8      - name: Internet SMTP",
                " 9        role: internet-gateway",
                "10        bindings:",
                "11          - address: 192.0.2.10"), rows);
        Element hit = (Element) page.getElementsByTagName("pre").item(0).getFirstChild().getChildNodes().item(2);
        assertEquals("row hit", hit.getAttribute("class"));
    }

    @Test
    void linksEachFindingToAnExplanationOfItsRule() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        Document page = parse(html(result));

        for (String id : List.of("MG100", "MG101", "MG105")) {
            Element rule = byId(page, "rule-" + id);
            assertTrue(rule.getTextContent().contains(id), id);
            assertTrue(rule.getElementsByTagName("a").getLength() > 0, "no link to the page of " + id);
        }
        NodeList links = page.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            if (href.startsWith("#")) {
                byId(page, href.substring(1));
            }
        }
    }

    @Test
    void showsSuppressedFindingsApartWithTheirJustification() throws Exception {
        Document page = parse(html(ReportFixture.mixed(project)));

        String suppressed = texts(page, "section").stream().filter(t -> t.strip().startsWith("Suppressed findings")).findFirst()
                .orElseThrow();
        assertTrue(suppressed.contains("MG101 duplicate-name"), suppressed);
        assertTrue(suppressed.contains("Suppressed (external) accepted risk"), suppressed);
    }

    @Test
    void showsTheLinesAsJudgedWithoutReadingAnyFile() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        Files.writeString(project.resolve("config/edge gateway.yaml"), "changed since the check\n");

        String html = html(result);

        assertTrue(parse(html).getElementsByTagName("pre").getLength() > 0, html);
        assertTrue(html.contains("internet-gateway"));
        assertFalse(html.contains("changed since the check"), "the report read the file again");
    }

    @Test
    void leavesOutTheSnippetWhenTheCheckKeptNoLines() throws Exception {
        CheckResult result = ReportFixture.mixed(project);
        CheckResult withoutLines = new CheckResult(result.findings(), result.files(), result.servers(),
                result.virtualServers(), result.failOn(), result.staleBaselineEntries(), Map.of());

        String html = html(withoutLines);

        assertEquals(0, parse(html).getElementsByTagName("pre").getLength());
        assertTrue(html.contains("internet-gateway"));
    }

    @Test
    void saysSoWhenNothingCounts() throws Exception {
        Files.createDirectories(project);
        CheckResult clean = new CheckResult(List.of(), List.of("clean.yaml"), 0, 0, FailOn.ERROR);

        String html = html(clean);

        assertTrue(html.contains("Check passed."));
        assertTrue(html.contains("No finding counts against the configuration."));
    }

    private static String html(CheckResult result) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtmlReport.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The page is polyglot markup, so an XML parser reads it; that proves the tags are balanced. */
    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element byId(Document page, String id) {
        NodeList all = page.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return (Element) all.item(i);
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static List<String> texts(Document page, String tag) {
        NodeList nodes = page.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void showsQuotedNamesInMessagesAsCodeAfterEscaping() {
        assertEquals("unknown key <code>&lt;b&gt;</code> in <code>servers[0]</code>",
                HtmlReport.message("unknown key `<b>` in `servers[0]`"));
    }
}
