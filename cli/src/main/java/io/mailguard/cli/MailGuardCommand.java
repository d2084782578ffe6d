package io.mailguard.cli;

import io.mailguard.InvalidSettingException;
import io.mailguard.Product;
import io.mailguard.Setting;
import io.mailguard.UsageException;
import io.mailguard.check.NothingToCheckException;
import io.mailguard.report.Inert;
import io.mailguard.report.ReportWriteException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code mailguard} command: exit 0 clean, 1 findings at or above the threshold, 2 usage or
 * configuration error, 3 internal error (a bug, or out of memory).
 */
@Command(name = "mailguard",
        mixinStandardHelpOptions = true,
        versionProvider = MailGuardCommand.Version.class,
        description = "Checks mail-server configuration in YAML against the MailGuard schema and Exchange security guidance.",
        subcommands = {CheckCommand.class, BaselineCommand.class, RulesCommand.class, ExplainCommand.class, ImportCommand.class,
                PoliciesCommand.class})
public final class MailGuardCommand implements Runnable {

    /** Exit code for findings at or above the threshold. */
    static final int FINDINGS = 1;
    /** Exit code for a usage or configuration error. */
    static final int USAGE = 2;
    /** Exit code for a bug in MailGuard, or running out of memory. */
    static final int INTERNAL = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print the stack trace of an internal error.")
    private boolean verbose;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with the given streams; returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CommandLine commandLine = new CommandLine(new MailGuardCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> failed(exception, err, verbose));
        try {
            return commandLine.execute(args);
        } catch (Throwable e) {
            // picocli hands only exceptions to the handler; an OutOfMemoryError or StackOverflowError lands here
            return failed(e, err, verbose);
        }
    }

    /** The exit code and message for what stopped a command: the user's to fix (2), or MailGuard's (3). */
    static int failed(Throwable e, PrintWriter err, boolean verbose) {
        if (e instanceof ProjectFileException invalid) {
            invalid.problems().forEach(problem -> err.println("mailguard: " + Inert.consoleLine(problem)));
            err.flush();
            return USAGE;
        }
        String usage = usageMessage(e);
        if (usage != null) {
            err.println("mailguard: " + Inert.consoleLine(usage));
            err.flush();
            return USAGE;
        }
        err.println("mailguard: internal error (" + Inert.visible(describe(e)) + "); this is a bug in MailGuard "
                + Product.version() + ", please report it" + (verbose ? " with the stack trace below" : "; --verbose prints the stack trace")
                + (e instanceof OutOfMemoryError ? ". It ran out of memory: give Java more heap (-Xmx) or check fewer files at once" : ""));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL;
    }

    /** The message of an error the user can fix, worded in the command line's own syntax; {@code null} for a bug. */
    private static String usageMessage(Throwable e) {
        if (e instanceof InvalidSettingException invalid) {
            return invalid.describe(option(invalid.setting()));
        }
        if (e instanceof NothingToCheckException nothing) {
            return "there is no file to check in " + nothing.sources().stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + "; checking nothing is not passing: name the folder that holds the configuration, or pass --allow-empty";
        }
        if (e instanceof UsageException || e instanceof ReportWriteException || e instanceof UncheckedIOException
                || e instanceof CommandLine.ParameterException) {
            return e.getMessage();
        }
        return null;
    }

    private static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** How the command line names a setting. */
    static String option(Setting setting) {
        return switch (setting) {
            case SOURCES -> "PATHS";
            case INCLUDES -> "--include";
            case EXCLUDES -> "--exclude";
            case FAIL_ON -> "--fail-on";
            case SEVERITIES -> "--severity";
            case SUPPRESSIONS -> "--suppressions";
            case BASELINE -> "--baseline";
            case NEW_SINCE -> "--new-since";
            case MAX_FILE_SIZE -> "--max-file-size";
            case FORMATS -> "--format";
            case OUTPUT_DIRECTORY -> "--output-dir";
            case POLICIES -> "--policies";
            case POLICY_PACKS -> "--policy-pack";
        };
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, baseline, rules, explain, import or policies");
    }

    /** The version packaged with the engine. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mailguard " + Product.version()};
        }
    }
}
