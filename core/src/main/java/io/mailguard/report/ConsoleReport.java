package io.mailguard.report;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.Severity;
import java.util.List;

/** The console form: one {@code file:line:col: severity id name: message} line per counting finding, then a summary. */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** One line per finding that counts, in report order. */
    public static List<String> lines(CheckResult result) {
        return result.findings().stream().filter(Finding::counts).map(ConsoleReport::line).toList();
    }

    /** {@code path/to/file.yaml:14:9: error MG003 anonymous-internal: …} */
    public static String line(Finding finding) {
        return finding.location() + ": " + finding.severity().label() + " " + finding.rule().id() + " "
                + finding.rule().name() + ": " + finding.message();
    }

    /** {@code MailGuard checked 4 files (3 servers, 7 virtual servers): 2 errors, 1 warning, 0 info.} */
    public static String summary(CheckResult result) {
        StringBuilder text = new StringBuilder()
                .append("MailGuard checked ").append(plural(result.files().size(), "file"))
                .append(" (").append(plural(result.servers(), "server")).append(", ")
                .append(plural(result.virtualServers(), "virtual server")).append("): ")
                .append(plural(result.count(Severity.ERROR), "error")).append(", ")
                .append(plural(result.count(Severity.WARNING), "warning")).append(", ")
                .append(result.count(Severity.INFO)).append(" info");
        if (result.suppressed() > 0) {
            text.append(", ").append(result.suppressed()).append(" suppressed");
        }
        return text.append('.').toString();
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
