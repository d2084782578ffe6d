package io.mailguard.cli;

import io.mailguard.report.RuleList;
import io.mailguard.rules.RuleCatalogue;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mailguard rules}: the catalogue, one rule per line. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists every rule: id, severity, name, what it checks.")
final class RulesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        RuleCatalogue.descriptors().forEach(rule -> out.println(RuleList.line(rule)));
        out.flush();
    }
}
