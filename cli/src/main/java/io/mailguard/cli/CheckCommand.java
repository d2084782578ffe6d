package io.mailguard.cli;

import io.mailguard.CheckResult;
import io.mailguard.check.MailGuard;
import io.mailguard.check.Settings;
import io.mailguard.report.ConsoleReport;
import io.mailguard.report.ReportFormat;
import io.mailguard.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailguard check [PATHS…]}: checks files and folders, prints one line per finding and a summary. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks configuration files; a PATH is a file or a folder (searched for *.yaml and *.yml).")
final class CheckCommand implements Callable<Integer> {

    /** The default baseline file, used when it exists. */
    static final Path DEFAULT_BASELINE = Path.of("mailguard-baseline.yaml");

    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceOptions source;

    @Option(names = "--format", paramLabel = "FORMATS", split = ",",
            description = "Reports to write: sarif, junit, json, html (comma-separated).")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--output-dir", paramLabel = "DIR", defaultValue = "mailguard-reports",
            description = "Where the reports go (default: ${DEFAULT-VALUE}).")
    private Path outputDir;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Fail only on findings not in this baseline (default: mailguard-baseline.yaml when it exists).")
    private Path baseline;

    @Option(names = "--new-since", paramLabel = "GIT-REF",
            description = "Fail only on findings the files did not have at this git revision, e.g. origin/main.")
    private String newSince;

    @Override
    public Integer call() throws IOException {
        Set<ReportFormat> reports = ReportFormat.parse(String.join(",", formats));
        Settings settings = source.settings()
                .baseline(baseline != null ? baseline : DEFAULT_BASELINE, baseline != null)
                .newSince(newSince);
        CheckResult result = new MailGuard().check(settings.request());
        PrintWriter out = spec.commandLine().getOut();
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        ConsoleReport.print(result, ConsoleReport.Output.to(out::println), colour, "true".equals(System.getenv("GITHUB_ACTIONS")));
        out.flush();
        for (Path report : Reports.write(result, reports, outputDir)) {
            out.println("MailGuard report: " + report);
        }
        out.flush();
        return result.failed() ? MailGuardCommand.FINDINGS : 0;
    }
}
