package io.mailguard.cli;

import io.mailguard.CheckResult;
import io.mailguard.check.MailGuard;
import io.mailguard.check.Settings;
import io.mailguard.report.ConsoleReport;
import io.mailguard.report.GithubJobSummary;
import io.mailguard.report.ReportFormat;
import io.mailguard.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    /** Where the reports go unless {@code --output-dir} or the project file says otherwise. */
    static final Path DEFAULT_OUTPUT_DIRECTORY = Path.of("mailguard-reports");

    @Option(names = "--format", paramLabel = "FORMATS", split = ",",
            description = "Reports to write: sarif, junit, json, html, codequality (comma-separated; default: the project file's formats, else none).")
    private List<String> formats;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Where the reports go (default: the project file's outputDirectory, else mailguard-reports).")
    private Path outputDir;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Fail only on findings not in this baseline (default: mailguard-baseline.yaml when it exists).")
    private Path baseline;

    @Option(names = "--new-since", paramLabel = "GIT-REF",
            description = "Fail only on findings the files did not have at this git revision, e.g. origin/main.")
    private String newSince;

    @Override
    public Integer call() throws IOException {
        ProjectFile project = source.projectFile();
        Set<ReportFormat> reports = ReportFormat.parse(String.join(",", formats != null ? formats
                : project.has("formats") ? project.texts("formats") : List.of()));
        Settings settings = source.settings()
                .baseline(project.path(baseline, "baseline", DEFAULT_BASELINE), baseline != null)
                .newSince(newSince);
        CheckResult result = new MailGuard().check(source.request(settings));
        PrintWriter out = spec.commandLine().getOut();
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        ConsoleReport.print(result, ConsoleReport.Output.to(out::println), colour, "true".equals(System.getenv("GITHUB_ACTIONS")));
        out.flush();
        for (Path report : Reports.write(result, reports, project.path(outputDir, "outputDirectory", DEFAULT_OUTPUT_DIRECTORY))) {
            out.println("MailGuard report: " + report);
        }
        GithubJobSummary.append(result, Path.of("").toAbsolutePath(), System.getenv());
        out.flush();
        return result.failed() ? MailGuardCommand.FINDINGS : 0;
    }
}
