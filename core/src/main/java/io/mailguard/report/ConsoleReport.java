package io.mailguard.report;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.Severity;
import java.util.List;
import java.util.function.Consumer;

/**
 * The console form: one {@code file:line:col: severity id name: message} line per counting finding, then
 * a summary; optionally with coloured severities, and as GitHub Actions annotations. Front ends decide
 * when to colour (on a terminal, {@code NO_COLOR} unset).
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    private static final String RESET = "\u001B[0m";

    /** One line per finding that counts, in report order. */
    public static List<String> lines(CheckResult result) {
        return lines(result, false);
    }

    /** One line per finding that counts, in report order; with {@code colour}, severities in ANSI colours. */
    public static List<String> lines(CheckResult result, boolean colour) {
        return result.findings().stream().filter(Finding::counts).map(f -> line(f, colour)).toList();
    }

    /** {@code path/to/file.yaml:14:9: error MG003 anonymous-internal: …} */
    public static String line(Finding finding) {
        return line(finding, false);
    }

    /** {@link #line(Finding)}, the severity word in an ANSI colour when {@code colour} is set. */
    public static String line(Finding finding, boolean colour) {
        String severity = finding.severity().label();
        return Inert.notCommand(Inert.visible(finding.location().toString()) + ": "
                + (colour ? colour(finding.severity()) + severity + RESET : severity) + " "
                + finding.rule().id() + " " + finding.rule().name() + ": " + Inert.message(finding.message()));
    }

    /**
     * One GitHub Actions workflow command per finding that counts, which GitHub shows as an annotation
     * on the file: {@code ::error file=a.yaml,line=14,col=9,title=MG003 anonymous-internal::…}.
     */
    public static List<String> githubAnnotations(CheckResult result) {
        return result.findings().stream().filter(Finding::counts).map(ConsoleReport::githubAnnotation).toList();
    }

    private static String githubAnnotation(Finding finding) {
        String command = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        return "::" + command
                + " file=" + githubProperty(Inert.visible(finding.location().file()))
                + ",line=" + finding.location().line()
                + ",col=" + finding.location().column()
                + ",title=" + githubProperty(finding.rule().id() + " " + finding.rule().name())
                + "::" + githubData(Inert.message(finding.message()));
    }

    /** The escaping of GitHub's workflow commands for the message. */
    private static String githubData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping of GitHub's workflow commands for a property, where {@code ,} and {@code :} delimit. */
    private static String githubProperty(String text) {
        return githubData(text).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * Where console lines go: each front end prints them its own way (a stream, Maven's log). Every
     * line handed over is already {@linkplain Inert inert}.
     */
    public interface Output {

        /** A finding's line, at the finding's severity. */
        void finding(Severity severity, String line);

        /** A line of information. */
        void info(String line);

        /** A line that asks for attention. */
        void warning(String line);

        /** Every line to one place, in order: a stream, a list. */
        static Output to(Consumer<String> lines) {
            return new Output() {
                @Override
                public void finding(Severity severity, String line) {
                    lines.accept(line);
                }

                @Override
                public void info(String line) {
                    lines.accept(line);
                }

                @Override
                public void warning(String line) {
                    lines.accept(line);
                }
            };
        }
    }

    /**
     * Prints one check to the console: a line per finding that counts, GitHub annotations when asked,
     * the summary and its notes. Front ends call this before writing the reports, so a failed write
     * never loses the findings.
     */
    public static void print(CheckResult result, Output out, boolean colour, boolean githubAnnotations) {
        for (Finding finding : result.findings()) {
            if (finding.counts()) {
                out.finding(finding.severity(), line(finding, colour));
            }
        }
        if (githubAnnotations) {
            githubAnnotations(result).forEach(out::info);
        }
        out.info(summary(result));
        notes(result).forEach(out::warning);
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[1;31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
    }

    /** What the check judged: {@code 3 servers, 7 virtual servers, 2 receive connectors, 4 Postfix services}. */
    public static String objects(CheckResult result) {
        StringBuilder text = new StringBuilder().append(plural(result.servers(), "server")).append(", ")
                .append(plural(result.virtualServers(), "virtual server"));
        if (result.receiveConnectors() > 0) {
            text.append(", ").append(plural(result.receiveConnectors(), "receive connector"));
        }
        if (result.postfixServices() > 0) {
            text.append(", ").append(plural(result.postfixServices(), "Postfix service"));
        }
        return text.toString();
    }

    /**
     * {@code MailGuard checked 4 files (3 servers, 7 virtual servers): 2 errors, 1 warning, 0 info.}; receive
     * connectors and Postfix services are counted where there are some.
     */
    public static String summary(CheckResult result) {
        StringBuilder text = new StringBuilder()
                .append("MailGuard checked ").append(plural(result.files().size(), "file"))
                .append(" (").append(objects(result)).append("): ")
                .append(plural(result.count(Severity.ERROR), "error")).append(", ")
                .append(plural(result.count(Severity.WARNING), "warning")).append(", ")
                .append(result.count(Severity.INFO)).append(" info");
        if (result.suppressed() > 0) {
            text.append(", ").append(result.suppressed()).append(" suppressed");
        }
        return text.append('.').toString();
    }

    /** Lines that follow the summary when they apply: baseline entries that no longer occur. */
    public static List<String> notes(CheckResult result) {
        if (result.staleBaselineEntries() == 0) {
            return List.of();
        }
        int stale = result.staleBaselineEntries();
        return List.of((stale == 1 ? "1 baseline entry no longer occurs" : stale + " baseline entries no longer occur")
                + "; regenerate the baseline so it does not hide a finding that comes back");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
