package io.mailguard.cli;

import io.mailguard.Finding;
import io.mailguard.importer.ExchangeImport;
import io.mailguard.report.ConsoleReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mailguard import exchange …}: writes MailGuard YAML from what a mail server's own tools export. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Writes MailGuard YAML from a mail server's own export.",
        subcommands = ImportCommand.Exchange.class)
final class ImportCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name what to import from: exchange");
    }

    /**
     * {@code mailguard import exchange}: the JSON of the PowerShell one-liners in docs/import-exchange.md → one
     * YAML file per server; exit 0 when written, 2 when the export does not have the documented shape (MG110).
     */
    @Command(name = "exchange", mixinStandardHelpOptions = true,
            description = {"Writes one YAML file per Exchange 2007 or later server (and one for the accepted domains)"
                    + " from the JSON that the PowerShell one-liners of docs/import-exchange.md write.",
                    "Receive connectors' roles are inferred and written out; the same export gives the same files."})
    static final class Exchange implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--receive-connectors", required = true, paramLabel = "RC.json",
                description = "The Get-ReceiveConnector export.")
        private Path receiveConnectors;

        @Option(names = "--accepted-domains", paramLabel = "AD.json", description = "The Get-AcceptedDomain export.")
        private Path acceptedDomains;

        @Option(names = "--ad-permissions", paramLabel = "PERM.json",
                description = "The Get-ADPermission export of the receive connectors' extended rights.")
        private Path adPermissions;

        @Option(names = "--organization", required = true, paramLabel = "NAME",
                description = "The organization the files belong to, e.g. contoso.")
        private String organization;

        @Option(names = "--output", required = true, paramLabel = "DIR", description = "The folder to write the YAML files to.")
        private Path output;

        @Override
        public Integer call() {
            ExchangeImport.Result result = ExchangeImport.run(
                    new ExchangeImport.Request(receiveConnectors, acceptedDomains, adPermissions, organization, output));
            PrintWriter out = spec.commandLine().getOut();
            for (Finding finding : result.findings()) {
                out.println(ConsoleReport.line(finding));
            }
            if (!result.findings().isEmpty()) {
                out.println("MailGuard import: " + result.findings().size() + (result.findings().size() == 1 ? " error" : " errors")
                        + " in the export; nothing written.");
                out.flush();
                return MailGuardCommand.USAGE;
            }
            out.println("MailGuard import: wrote " + result.written().size() + (result.written().size() == 1 ? " file" : " files")
                    + " to " + output + ":");
            result.written().forEach(file -> out.println("  " + file.getFileName()));
            out.flush();
            return 0;
        }
    }
}
