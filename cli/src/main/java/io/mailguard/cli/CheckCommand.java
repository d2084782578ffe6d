package io.mailguard.cli;

import io.mailguard.CheckResult;
import io.mailguard.check.MailGuard;
import io.mailguard.report.ConsoleReport;
import io.mailguard.report.GithubJobSummary;
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
            description = "Reports to write: sarif, junit, json, html, codequality (comma-separated).")
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
        CheckResult result = new MailGuard().check(
                source.request(SourceOptions.existing(baseline, DEFAULT_BASELINE), newSince));
        PrintWriter out = spec.commandLine().getOut();
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        ConsoleReport.lines(result, colour).forEach(out::println);
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            ConsoleReport.githubAnnotations(result).forEach(out::println);
        }
        out.println(ConsoleReport.summary(result));
        ConsoleReport.notes(result).forEach(out::println);
        for (Path report : Reports.write(result, reports, outputDir, Path.of("").toAbsolutePath())) {
            out.println("MailGuard report: " + report);
        }
        GithubJobSummary.append(result, Path.of("").toAbsolutePath(), System.getenv());
        out.flush();
        return result.failed() ? MailGuardCommand.FINDINGS : 0;
    }
}
