package io.mailguard.report;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.UsageException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * The GitHub Actions job summary: when {@code GITHUB_STEP_SUMMARY} names a file, a Markdown section with
 * the counts and the failing findings as a table, each linked to its line when the run says which
 * commit of which repository it checks ({@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY},
 * {@code GITHUB_SHA}). Every text from the input is escaped, so a message can neither format nor link.
 */
public final class GithubJobSummary {

    /** The most findings the table lists; the reports have the rest. */
    static final int MAX_ROWS = 100;

    private GithubJobSummary() {
    }

    /**
     * Appends the summary of {@code result} to the file {@code GITHUB_STEP_SUMMARY} names; does nothing
     * when it names none.
     *
     * @param projectDirectory the directory the findings' paths are relative to
     * @param environment the process environment ({@code System.getenv()})
     * @throws UsageException when the file cannot be written, naming it and the cause
     */
    public static void append(CheckResult result, Path projectDirectory, Map<String, String> environment) {
        String target = environment.get("GITHUB_STEP_SUMMARY");
        if (target == null || target.isBlank()) {
            return;
        }
        Path file = Path.of(target);
        try {
            Files.writeString(file, markdown(result, projectDirectory, environment), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UsageException("cannot append the job summary to " + file + " (GITHUB_STEP_SUMMARY): " + e, e);
        }
    }

    /** The Markdown section for one check. */
    static String markdown(CheckResult result, Path projectDirectory, Map<String, String> environment) {
        Links links = Links.of(projectDirectory, environment);
        List<Finding> failures = result.failures();
        StringBuilder text = new StringBuilder("### MailGuard");
        if (!links.projectName().isEmpty()) {
            text.append(" (").append(escape(links.projectName())).append(')');
        }
        text.append(result.failed()
                ? ": " + ConsoleReport.plural(failures.size(), "failing finding")
                : ": passed").append("\n\n");
        text.append(ConsoleReport.summary(result)).append(' ')
                .append(result.failOn() == FailOn.NEVER ? "No finding fails the build (failOn=never)."
                        : "Findings at " + result.failOn().label() + " or above fail the build.")
                .append("\n\n");
        if (failures.isEmpty()) {
            return text.toString();
        }
        text.append("| Severity | Rule | Where | Finding |\n| --- | --- | --- | --- |\n");
        for (Finding finding : failures.subList(0, Math.min(MAX_ROWS, failures.size()))) {
            String where = escape(finding.location().toString());
            String link = links.to(finding);
            text.append("| ").append(finding.severity().label())
                    .append(" | ").append(escape(finding.rule().id() + " " + finding.rule().name()))
                    .append(" | ").append(link == null ? where : "[" + where + "](" + link + ")")
                    .append(" | ").append(escape(finding.message()))
                    .append(" |\n");
        }
        if (failures.size() > MAX_ROWS) {
            text.append("\n… and ").append(failures.size() - MAX_ROWS).append(" more: see the reports.\n");
        }
        return text.append('\n').toString();
    }

    /**
     * Text as Markdown shows it literally: every ASCII punctuation character escaped with a backslash (as
     * CommonMark allows), so that no emphasis, link, HTML, table cell or mention comes of it; control
     * characters shown as {@code \n}, {@code \u001b}.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\\\n");
            } else if (c == '\r') {
                out.append("\\\\r");
            } else if (c == '\t') {
                out.append("\\\\t");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append("\\\\u").append(String.format("%04x", c));
            } else if (c < 128 && isPunctuation(c)) {
                out.append('\\').append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isPunctuation(int c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    /**
     * Where the findings' files are on GitHub: the project's path in the checkout ({@code GITHUB_WORKSPACE})
     * and the blob URL of the commit checked, when the run names them.
     */
    private record Links(String projectName, String blobBase, String projectPath) {

        static Links of(Path projectDirectory, Map<String, String> environment) {
            String workspace = environment.get("GITHUB_WORKSPACE");
            String projectPath = "";
            if (workspace != null && !workspace.isBlank()) {
                Path root = Path.of(workspace).toAbsolutePath().normalize();
                Path project = projectDirectory.toAbsolutePath().normalize();
                if (!project.startsWith(root)) {
                    return new Links("", null, "");
                }
                projectPath = root.relativize(project).toString().replace('\\', '/');
            }
            String server = environment.get("GITHUB_SERVER_URL");
            String repository = environment.get("GITHUB_REPOSITORY");
            String sha = environment.get("GITHUB_SHA");
            boolean known = server != null && repository != null && sha != null
                    && server.matches("https?://[A-Za-z0-9.:-]+") && repository.matches("[A-Za-z0-9._-]+/[A-Za-z0-9._-]+")
                    && sha.matches("[0-9a-fA-F]{7,64}");
            return new Links(projectPath, known ? server + "/" + repository + "/blob/" + sha + "/" : null, projectPath);
        }

        /** The URL of the finding's line, or {@code null} when it cannot be told. */
        String to(Finding finding) {
            if (blobBase == null) {
                return null;
            }
            String path = projectPath.isEmpty() ? finding.location().file() : projectPath + "/" + finding.location().file();
            StringBuilder url = new StringBuilder(blobBase);
            for (String segment : path.split("/")) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    return null;
                }
                url.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20")
                        .replace("(", "%28").replace(")", "%29")).append('/');
            }
            url.setLength(url.length() - 1);
            return url.append("#L").append(finding.location().line()).toString();
        }
    }
}
