package io.mailguard.cli;

import io.mailguard.UsageException;
import io.mailguard.check.Settings;
import io.mailguard.load.LoadLimits;
import io.mailguard.policy.Policies;
import io.mailguard.policy.PolicyFiles;
import io.mailguard.report.Inert;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailguard policies}: the commands on a team's own policies. */
@Command(name = "policies", mixinStandardHelpOptions = true, description = "Works with your own policies (CEL rules in YAML).",
        subcommands = PoliciesCommand.Test.class)
final class PoliciesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command: test");
    }

    /**
     * {@code mailguard policies test [FILES…]}: compiles every policy and runs its examples, as a rule's
     * catalogue test does: exit 0 when every example behaves as stated, 1 when one does not, 2 when a
     * policy does not load or compile.
     */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Compiles policies and runs their examples: an incorrect example must give the policy's finding,"
                    + " a correct one must not. A FILE is a policy file or a folder of them (default: the project's"
                    + " mailguard-policies.yaml).")
    static final class Test implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILES", arity = "0..*", description = "Policy files or folders.")
        private List<Path> files = new ArrayList<>();

        @Option(names = "--policy-pack", paramLabel = "JAR", description = "Jar holding a policy pack (repeatable).")
        private List<Path> packs = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path project = Settings.projectRootOf(files);
            Policies policies = PolicyFiles.read(project, files, packs, LoadLimits.DEFAULT);
            if (policies.isEmpty()) {
                throw new UsageException("there is no policy to test in " + (files.isEmpty() ? PolicyFiles.PROJECT_FILE
                        : files.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""))
                        + "; name policy files or folders, or a --policy-pack");
            }
            Policies.ExampleRun run = policies.testExamples();
            run.failures().forEach(failure -> out.println(Inert.consoleLine(failure)));
            run.untested().forEach(untested -> out.println(Inert.consoleLine(untested)));
            out.println(run.summary());
            out.flush();
            return run.passed() ? 0 : MailGuardCommand.FINDINGS;
        }
    }
}
