package io.mailguard.cli;

import io.mailguard.Product;
import io.mailguard.RuleDescriptor;
import io.mailguard.UsageException;
import io.mailguard.rules.RuleCatalogue;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mailguard explain MG003}: prints a rule's page. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Prints a rule's documentation page.")
final class ExplainCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule id, such as MG003.")
    private String id;

    @Override
    public void run() {
        RuleDescriptor rule = RuleCatalogue.find(id).orElseThrow(() ->
                new UsageException("unknown rule '" + id + "'; `mailguard rules` lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.print(Product.rulePage(rule.id()).orElseThrow());
        out.flush();
    }
}
