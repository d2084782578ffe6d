package io.mailguard.report;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Product;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.SourceLines;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * {@code mailguard.html}: one self-contained page (no script, no fetch) with a summary, the findings by
 * file with the offending YAML lines, the suppressed findings apart, and an explanation of each rule
 * that occurred. Everything taken from the configuration is HTML-encoded.
 */
final class HtmlReport {

    /** Lines shown before and after the line at fault, of those the check kept. */
    private static final int CONTEXT = 2;

    /** Inline, so the page needs nothing else; readable from phone width up, and on paper. */
    private static final String STYLE = """
            :root {
              --text: #1d2939; --muted: #667085; --line: #e4e7ec; --page: #f5f6f8; --card: #fff;
              --error: #b42318; --error-bg: #fef3f2; --warning: #b54708; --warning-bg: #fffaeb;
              --info: #175cd3; --info-bg: #eff8ff; --ok: #067647; --ok-bg: #ecfdf3;
            }
            * { box-sizing: border-box; }
            body { margin: 0; background: var(--page); color: var(--text);
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header, main, footer { max-width: 980px; margin: 0 auto; padding: 0 20px; }
            header { padding-top: 28px; }
            h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
            h2 { font-size: 19px; margin: 32px 0 12px; }
            h3 { font-size: 16px; margin: 0 0 10px; }
            a { color: var(--info); }
            code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
            .meta { color: var(--muted); margin: 0 0 16px; }
            .verdict { margin: 0 0 16px; padding: 10px 14px; border-radius: 8px; font-weight: 600; }
            .verdict.failed { background: var(--error-bg); color: var(--error); border: 1px solid #fecdca; }
            .verdict.passed { background: var(--ok-bg); color: var(--ok); border: 1px solid #abefc6; }
            .summary { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px;
              grid-template-columns: repeat(4, minmax(0, 1fr)); }
            .summary li { background: var(--card); border: 1px solid var(--line); border-top: 4px solid var(--muted);
              border-radius: 8px; padding: 10px 14px; color: var(--muted); }
            .summary .count { display: block; font-size: 26px; font-weight: 700; color: var(--text); line-height: 1.2; }
            .summary .error { border-top-color: var(--error); }
            .summary .warning { border-top-color: var(--warning); }
            .summary .info { border-top-color: var(--info); }
            .file, .suppressed, .clean, .rules { margin-bottom: 8px; }
            .file > h3 { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; margin: 20px 0 10px; }
            .path { font-family: ui-monospace, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
            .tally { color: var(--muted); font-weight: 400; font-size: 14px; }
            .finding, .rule-card { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--muted);
              border-radius: 8px; padding: 12px 16px; margin: 0 0 12px; }
            .finding.error { border-left-color: var(--error); }
            .finding.warning { border-left-color: var(--warning); }
            .finding.info { border-left-color: var(--info); }
            .finding.muted { color: var(--muted); background: #fafafa; }
            .head { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; }
            .rule { font-weight: 600; text-decoration: none; }
            .rule:hover { text-decoration: underline; }
            .where { margin-left: auto; color: var(--muted); font-family: ui-monospace, Menlo, Consolas, monospace;
              font-size: 13px; overflow-wrap: anywhere; }
            .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600;
              text-transform: uppercase; letter-spacing: 0.03em; }
            .badge.error { background: var(--error-bg); color: var(--error); }
            .badge.warning { background: var(--warning-bg); color: var(--warning); }
            .badge.info { background: var(--info-bg); color: var(--info); }
            .muted .badge { background: #f2f4f7; color: var(--muted); }
            .message { margin: 8px 0 4px; overflow-wrap: anywhere; }
            .message code { background: #f3f4f6; border-radius: 4px; padding: 0 3px; }
            .object, .justification { margin: 4px 0; font-size: 14px; overflow-wrap: anywhere; }
            .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; margin-right: 4px; }
            .snippet { margin: 10px 0 0; background: #f9fafb; border: 1px solid var(--line); border-radius: 6px;
              overflow-x: auto; padding: 6px 0; }
            .snippet code { display: inline-block; min-width: 100%; }
            .row { display: block; padding: 0 12px 0 0; white-space: pre; }
            .row.hit { background: #fff1c2; box-shadow: inset 3px 0 0 var(--warning); }
            .ln { display: inline-block; padding: 0 12px; margin-right: 8px; color: #98a2b3; border-right: 1px solid var(--line);
              user-select: none; }
            .note, .none { color: var(--muted); }
            .clean ul { margin: 0; padding-left: 20px; columns: 2 280px; font-family: ui-monospace, Menlo, Consolas, monospace;
              font-size: 13px; overflow-wrap: anywhere; }
            blockquote { margin: 8px 0; padding: 4px 12px; border-left: 3px solid var(--line); color: var(--muted); font-style: italic; }
            footer { color: var(--muted); font-size: 13px; padding-top: 16px; padding-bottom: 32px; }
            @media (max-width: 640px) {
              body { font-size: 14px; }
              header, main, footer { padding-left: 12px; padding-right: 12px; }
              .summary { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
              .finding, .rule-card { padding: 10px 12px; }
              .where { margin-left: 0; flex-basis: 100%; }
            }
            @media print {
              body { background: #fff; font-size: 11pt; }
              header, main, footer { max-width: none; padding: 0; }
              .finding, .rule-card, .summary li { break-inside: avoid; box-shadow: none; }
              .snippet { overflow: visible; }
              .row { white-space: pre-wrap; }
              .row.hit { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              .rules a[href^="http"]::after { content: " (" attr(href) ")"; color: var(--muted); font-size: 9pt; }
            }
            """;

    private final CheckResult result;
    private final Writer html;

    private HtmlReport(CheckResult result, Writer html) {
        this.result = result;
        this.html = html;
    }

    /** Writes the page; its excerpts are the lines the check kept ({@link CheckResult#sourceLines}), no file is read. */
    static void write(CheckResult result, OutputStream out) throws IOException {
        Writer html = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        new HtmlReport(result, html).page();
        html.flush();
    }

    private void page() throws IOException {
        html.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "<meta name=\"generator\" content=\"MailGuard " + forHtmlAttribute(Product.version()) + "\"/>\n"
                + "<title>MailGuard report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        header();
        html.write("<main>\n");
        Map<String, List<Finding>> byFile = Reports.byFile(result);
        findings(byFile);
        suppressed();
        cleanFiles(byFile);
        rules();
        html.write("</main>\n<footer>Generated by <a href=\"" + forHtmlAttribute(Product.INFORMATION_URI)
                + "\">MailGuard</a> " + forHtml(Product.version()) + "</footer>\n</body>\n</html>\n");
    }

    private void header() throws IOException {
        long failures = result.failures().size();
        html.write("<header>\n<h1>MailGuard report</h1>\n<p class=\"meta\">"
                + ConsoleReport.plural(result.files().size(), "file") + " · "
                + ConsoleReport.objects(result).replace(", ", " · ") + " · "
                + (result.failOn() == FailOn.NEVER ? "never fails" : "fails on " + result.failOn().label()) + "</p>\n");
        html.write(result.failed()
                ? "<p class=\"verdict failed\">Check failed: " + ConsoleReport.plural(failures, "finding")
                        + " at or above " + result.failOn().label() + ".</p>\n"
                : "<p class=\"verdict passed\">Check passed.</p>\n");
        html.write("<ul class=\"summary\" id=\"summary\">\n");
        count("error", result.count(Severity.ERROR), "Errors");
        count("warning", result.count(Severity.WARNING), "Warnings");
        count("info", result.count(Severity.INFO), "Info");
        count("suppressed", result.suppressed(), "Suppressed");
        html.write("</ul>\n</header>\n");
    }

    private void count(String kind, long count, String label) throws IOException {
        html.write("<li class=\"" + kind + "\"><span class=\"count\">" + count + "</span> " + label + "</li>\n");
    }

    private void findings(Map<String, List<Finding>> byFile) throws IOException {
        html.write("<h2>Findings</h2>\n");
        boolean any = false;
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            List<Finding> counting = file.getValue().stream().filter(Finding::counts).toList();
            if (counting.isEmpty()) {
                continue;
            }
            any = true;
            SourceLines source = result.sourceLines(file.getKey());
            html.write("<section class=\"file\">\n<h3><span class=\"path\">" + text(file.getKey())
                    + "</span> <span class=\"tally\">" + ConsoleReport.plural(counting.size(), "finding")
                    + "</span></h3>\n");
            // the findings of one line share its excerpt, shown once after the last of them
            for (int i = 0; i < counting.size(); i++) {
                Finding finding = counting.get(i);
                finding(finding);
                boolean lastOnLine = i + 1 == counting.size()
                        || counting.get(i + 1).location().line() != finding.location().line();
                if (lastOnLine) {
                    snippet(finding.location().line(), source);
                }
            }
            html.write("</section>\n");
        }
        if (!any) {
            html.write("<p class=\"none\">No finding counts against the configuration.</p>\n");
        }
    }

    private void suppressed() throws IOException {
        List<Finding> suppressed = result.findings().stream().filter(f -> !f.counts()).toList();
        if (suppressed.isEmpty()) {
            return;
        }
        html.write("<section class=\"suppressed\">\n<h2>Suppressed findings</h2>\n"
                + "<p class=\"note\">These do not count: a suppression or the baseline covers them.</p>\n");
        for (Finding finding : suppressed) {
            finding(finding);
        }
        html.write("</section>\n");
    }

    private void finding(Finding finding) throws IOException {
        String severity = finding.severity().label();
        html.write("<article class=\"finding " + (finding.counts() ? severity : "muted") + "\">\n"
                + "<div class=\"head\"><span class=\"badge " + severity + "\">" + severity + "</span> "
                + "<a class=\"rule\" href=\"#rule-" + forHtmlAttribute(finding.rule().id()) + "\">"
                + forHtml(finding.rule().id()) + " " + forHtml(finding.rule().name()) + "</a>"
                + "<span class=\"where\">" + text(finding.location().toString()) + "</span></div>\n"
                + "<p class=\"message\">" + message(Inert.message(finding.message())) + "</p>\n");
        if (!finding.object().isEmpty()) {
            html.write("<p class=\"object\"><span class=\"label\">Object</span> " + forHtml(Inert.name(finding.object()))
                    + (finding.property().isEmpty() ? "" : " <code>" + forHtml(Inert.name(finding.property())) + "</code>")
                    + "</p>\n");
        }
        if (!finding.counts()) {
            html.write("<p class=\"justification\"><span class=\"label\">Suppressed ("
                    + finding.suppression().kind().label()
                    + ")</span> " + forHtml(Inert.message(finding.suppression().justification())) + "</p>\n");
        }
        html.write("</article>\n");
    }

    /**
     * The line at fault with {@link #CONTEXT} lines around it, numbered, as the check kept them (each
     * cut to a bounded width); nothing when the check kept none.
     */
    private void snippet(int line, SourceLines source) throws IOException {
        SortedMap<Integer, String> shown = source.lines().subMap(Math.max(1, line - CONTEXT), line + CONTEXT + 1);
        if (line < 1 || !shown.containsKey(line)) {
            return;
        }
        int width = String.valueOf(shown.lastKey()).length();
        html.write("<pre class=\"snippet\"><code>");
        for (Map.Entry<Integer, String> row : shown.entrySet()) {
            int number = row.getKey();
            html.write("<span class=\"row" + (number == line ? " hit" : "") + "\"><span class=\"ln\">"
                    + " ".repeat(width - String.valueOf(number).length()) + number + "</span>"
                    + text(row.getValue()) + "\n</span>");
        }
        html.write("</code></pre>\n");
    }

    /** Text from the configuration: control characters shown as escapes, then HTML-encoded. */
    private static String text(String text) {
        return forHtml(Inert.visible(text));
    }

    private void cleanFiles(Map<String, List<Finding>> byFile) throws IOException {
        List<String> clean = byFile.entrySet().stream()
                .filter(file -> file.getValue().stream().noneMatch(Finding::counts))
                .map(Map.Entry::getKey)
                .toList();
        if (clean.isEmpty()) {
            return;
        }
        html.write("<section class=\"clean\">\n<h2>Files with nothing to fix</h2>\n<ul>\n");
        for (String file : clean) {
            html.write("<li>" + text(file) + "</li>\n");
        }
        html.write("</ul>\n</section>\n");
    }

    /** An explanation of every rule that occurred, which the findings link to. */
    private void rules() throws IOException {
        List<RuleDescriptor> rules = result.findings().stream()
                .map(Finding::rule)
                .distinct()
                .sorted(Comparator.comparing(RuleDescriptor::id))
                .toList();
        if (rules.isEmpty()) {
            return;
        }
        html.write("<section class=\"rules\">\n<h2>Rules</h2>\n");
        for (RuleDescriptor rule : rules) {
            html.write("<article class=\"rule-card\" id=\"rule-" + forHtmlAttribute(rule.id()) + "\">\n<h3>"
                    + forHtml(rule.id()) + " " + forHtml(rule.name()) + " <span class=\"badge "
                    + rule.defaultSeverity().label() + "\">" + rule.defaultSeverity().label() + "</span></h3>\n<p>"
                    + forHtml(rule.summary()) + "</p>\n");
            if (!rule.seedSentence().isBlank()) {
                html.write("<blockquote>" + forHtml(rule.seedSentence()) + "</blockquote>\n");
            }
            if (rule.builtIn()) {
                html.write("<p><a href=\"" + forHtmlAttribute(Product.ruleUri(rule.id())) + "\">How to fix it: "
                        + forHtml(rule.id()) + " documentation</a></p>\n</article>\n");
            } else {
                html.write("<p>Your team's policy, defined in " + forHtml(rule.definedIn()) + ".</p>\n</article>\n");
            }
        }
        html.write("</section>\n");
    }

    /** A message, escaped, with its `quoted` names and values shown as code. */
    static String message(String text) {
        return CODE.matcher(forHtml(text)).replaceAll("<code>$1</code>");
    }

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
}
