package io.mailguard.cli;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.check.MailGuard;
import io.mailguard.suppress.Baseline;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailguard baseline [PATHS…] --baseline FILE}: accepts today's findings, so only new ones fail. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Writes the current findings to a baseline file; `check --baseline FILE` then fails only on new ones.")
final class BaselineCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SourceOptions source;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline file to write (default: the project file's baseline, else mailguard-baseline.yaml).")
    private Path baseline;

    @Override
    public void run() {
        Path file = source.projectFile().path(baseline, "baseline", CheckCommand.DEFAULT_BASELINE);
        CheckResult result = new MailGuard().check(source.request(source.settings()));
        Baseline.write(file, result.findings());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("MailGuard wrote %d finding(s) to the baseline %s; commit it, and `check --baseline %s` fails only on new ones.%n",
                result.findings().stream().filter(Finding::counts).count(), file, file);
        out.flush();
    }
}
