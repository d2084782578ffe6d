package io.mailguard.maven;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.Product;
import io.mailguard.Severity;
import io.mailguard.check.MailGuard;
import io.mailguard.report.ConsoleReport;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The MailGuard page of {@code mvn site}: the counts and every finding, suppressed ones marked, with the
 * site's look. Add it under {@code <reporting>}; like a Checkstyle report, it never fails the build.
 * Run on its own ({@code mvn mailguard:report}), it writes the page without the site around it.
 *
 * @since 1.0.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMailGuardMojo implements MavenReport {

    /** The site's folder; the page is {@code mailguard.html} in it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        try {
            Sink sink = new Xhtml5SinkFactory().createSink(reportOutputDirectory, getOutputName() + ".html");
            try {
                generate(sink, Locale.ROOT);
            } finally {
                sink.close();
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + reportOutputDirectory + ": " + e.getMessage(), e);
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info("MailGuard report: " + new File(reportOutputDirectory, getOutputName() + ".html"));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        CheckResult result;
        try {
            result = inMavenTerms(() -> new MailGuard().check(
                    settings().baseline(baseline == null ? null : baseline.toPath(), false).request()));
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(getName(locale));
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(ConsoleReport.summary(result) + " " + (result.failed()
                ? result.failures().size() + " of them fail the build (failOn=" + result.failOn().label() + ")."
                : "None of them fails the build (failOn=" + result.failOn().label() + ")."));
        sink.paragraph_();
        summaryTable(sink, result);
        findings(sink, result);
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private static void summaryTable(Sink sink, CheckResult result) {
        sink.table();
        sink.tableRows();
        row(sink, true, "Files", "Errors", "Warnings", "Info", "Suppressed");
        row(sink, false, String.valueOf(result.files().size()), String.valueOf(result.count(Severity.ERROR)),
                String.valueOf(result.count(Severity.WARNING)), String.valueOf(result.count(Severity.INFO)),
                String.valueOf(result.suppressed()));
        sink.tableRows_();
        sink.table_();
    }

    private static void findings(Sink sink, CheckResult result) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings");
        sink.sectionTitle2_();
        if (result.findings().isEmpty()) {
            sink.paragraph();
            sink.text("No findings.");
            sink.paragraph_();
            sink.section2_();
            return;
        }
        sink.table();
        sink.tableRows();
        row(sink, true, "Severity", "Rule", "Where", "Object", "Finding", "Status");
        for (Finding finding : result.findings()) {
            sink.tableRow();
            cell(sink, finding.severity().label());
            sink.tableCell();
            sink.link(Product.ruleUri(finding.rule().id()));
            sink.text(finding.rule().id() + " " + finding.rule().name());
            sink.link_();
            sink.tableCell_();
            cell(sink, finding.location().toString());
            cell(sink, finding.object());
            cell(sink, finding.message());
            cell(sink, finding.counts() ? (result.fails(finding) ? "fails the build" : "reported")
                    : "suppressed (" + finding.suppression().kind().label() + "): " + finding.suppression().justification());
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private static void row(Sink sink, boolean header, String... texts) {
        sink.tableRow();
        for (String text : texts) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(text);
                sink.tableHeaderCell_();
            } else {
                cell(sink, text);
            }
        }
        sink.tableRow_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    @Override
    public String getOutputName() {
        return "mailguard";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "MailGuard";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of MailGuard's check of the mail-server configuration: open relays, anonymous access"
                + " where only authenticated clients belong, and the rest of its rules.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** A page only where there is configuration to check, as a code report needs code. */
    @Override
    public boolean canGenerateReport() {
        return !skip && sourceDirectory.exists();
    }
}
