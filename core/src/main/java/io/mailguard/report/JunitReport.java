package io.mailguard.report;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code mailguard-junit.xml}: one test case per checked file and one failure per finding that fails
 * the check, so that CI servers show MailGuard beside the unit tests. Findings that do not fail the
 * check (below the threshold, suppressed) are listed in the test case's {@code system-out}.
 */
final class JunitReport {

    private JunitReport() {
    }

    static void write(CheckResult result, OutputStream out) throws IOException {
        Map<String, List<Finding>> byFile = Reports.byFile(result);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "mailguard");
            xml.writeAttribute("tests", String.valueOf(byFile.size()));
            xml.writeAttribute("failures", String.valueOf(result.failures().size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                List<Finding> findings = file.getValue();
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "mailguard");
                xml.writeAttribute("name", xmlText(Inert.visible(file.getKey())));
                for (Finding finding : findings) {
                    if (result.fails(finding)) {
                        xml.writeCharacters("\n    ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("type", finding.rule().id());
                        xml.writeAttribute("message", xmlText(Inert.message(finding.message())));
                        xml.writeCharacters(xmlText(ConsoleReport.line(finding)));
                        xml.writeEndElement();
                    }
                }
                String passing = findings.stream()
                        .filter(finding -> !result.fails(finding))
                        .map(JunitReport::passingLine)
                        .collect(Collectors.joining("\n"));
                if (!passing.isEmpty()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(xmlText(passing));
                    xml.writeEndElement();
                }
                if (!findings.isEmpty()) {
                    xml.writeCharacters("\n  ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.write('\n');
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static String passingLine(Finding finding) {
        String line = ConsoleReport.line(finding);
        return finding.counts() ? line : line + " (suppressed: " + Inert.message(finding.suppression().justification()) + ")";
    }

    /** XML 1.0 cannot carry most control characters, even escaped; YAML strings can. */
    private static String xmlText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> clean.appendCodePoint(
                c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000 ? c : 0xFFFD));
        return clean.toString();
    }
}
