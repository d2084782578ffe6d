package io.mailguard.cli;

import io.mailguard.Product;
import io.mailguard.UsageException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mailguard} command: exit 0 clean, 1 findings at or above the threshold, 2 usage or configuration error. */
@Command(name = "mailguard",
        mixinStandardHelpOptions = true,
        versionProvider = MailGuardCommand.Version.class,
        description = "Checks mail-server configuration in YAML against the MailGuard schema and Exchange security guidance.",
        subcommands = {CheckCommand.class, BaselineCommand.class, RulesCommand.class, ExplainCommand.class, ImportCommand.class})
public final class MailGuardCommand implements Runnable {

    /** Exit code for findings at or above the threshold. */
    static final int FINDINGS = 1;
    /** Exit code for a usage or configuration error. */
    static final int USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with the given streams; returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new MailGuardCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(exception -> USAGE);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof UsageException || exception instanceof IllegalArgumentException) {
                cmd.getErr().println("mailguard: " + exception.getMessage());
                return USAGE;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, baseline, rules or explain");
    }

    /** The version packaged with the engine. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"mailguard " + Product.version()};
        }
    }
}
