package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keeps the catalogue and docs/rules in step: one page per rule, with matching metadata and working examples. */
class RuleCatalogueTest {

    private static final Path PAGES = repositoryRoot().resolve("docs/rules");

    @TempDir
    Path dir;

    static List<RuleDescriptor> rules() {
        return RuleCatalogue.descriptors();
    }

    @Test
    void idsAreUnique() {
        List<String> ids = rules().stream().map(RuleDescriptor::id).toList();
        assertEquals(ids.stream().distinct().toList(), ids);
    }

    @Test
    void everyPageHasARule() throws IOException {
        try (Stream<Path> pages = Files.list(PAGES)) {
            List<String> orphans = pages.map(page -> page.getFileName().toString().replaceFirst("\\.md$", ""))
                    .filter(id -> RuleCatalogue.find(id).isEmpty())
                    .toList();
            assertEquals(List.of(), orphans, "pages in docs/rules without a rule");
        }
    }

    /** One rule, one class, one page, one test: every rule class has its test class beside it. */
    @Test
    void everyRuleClassHasItsTest() {
        List<String> untested = RuleCatalogue.rules().stream()
                .map(rule -> rule.getClass().getName() + "Test")
                .filter(test -> {
                    try {
                        Class.forName(test);
                        return false;
                    } catch (ClassNotFoundException e) {
                        return true;
                    }
                })
                .toList();
        assertEquals(List.of(), untested, "rule classes without a test class");
    }

    /** The README's rule table lists every rule, by its own row or within a range row (MG100–MG107), with its severity. */
    @Test
    void theReadmeTableListsEveryRule() throws IOException {
        String readme = Files.readString(repositoryRoot().resolve("README.md"));
        String table = readme.substring(readme.indexOf("| id | name | severity |"));
        List<String> missing = new java.util.ArrayList<>();
        for (RuleDescriptor rule : rules()) {
            Matcher own = Pattern.compile("(?m)^\\| " + rule.id() + " \\| " + Pattern.quote(rule.name()) + "[ :][^|]*\\| "
                    + rule.defaultSeverity().label() + " \\|$").matcher(table);
            boolean inRange = false;
            Matcher range = Pattern.compile("(?m)^\\| MG(\\d{3})–MG(\\d{3}) \\|[^|]*\\| (\\w+) \\|$").matcher(table);
            int number = Integer.parseInt(rule.id().substring(2));
            while (range.find()) {
                inRange |= Integer.parseInt(range.group(1)) <= number && number <= Integer.parseInt(range.group(2))
                        && range.group(3).equals(rule.defaultSeverity().label());
            }
            if (!own.find() && !inRange) {
                missing.add(rule.id());
            }
        }
        assertEquals(List.of(), missing, "rules missing from the README's rule table (or with another severity there)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void thePageMatchesTheDescriptor(RuleDescriptor rule) throws IOException {
        String page = page(rule);
        assertEquals("# " + rule.id() + " " + rule.name(), page.lines().findFirst().orElse(""));
        assertTrue(page.contains("| severity | " + rule.defaultSeverity().label() + " |"),
                rule.docPath() + " must have the row | severity | " + rule.defaultSeverity().label() + " |");
        assertTrue(section(page, "Seed sentence").contains(rule.seedSentence()),
                rule.docPath() + " must quote the seed sentence " + rule.seedSentence());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theIncorrectExampleProducesTheRuleAndTheCorrectOneDoesNot(RuleDescriptor rule) throws IOException {
        String page = page(rule);
        // a rule about files of another kind shows those: MG110 (main.cf, import JSON), MG111 (shell commands);
        // their own tests run them
        if (!section(page, "Incorrect").contains("```yaml\n")) {
            assertTrue(Set.of("MG110", "MG111").contains(rule.id()), rule.docPath() + " shows no MailGuard YAML");
            assumeTrue(section(page, "Correct").contains("```yaml\n"), rule.docPath() + " shows no correct MailGuard YAML");
        } else {
            assertNotEquals(List.of(), findings(rule, check(example(page, "Incorrect"), dir.resolve("incorrect"))),
                    "the Incorrect example of " + rule.docPath() + " does not produce " + rule.id());
        }
        CheckResult correct = check(example(page, "Correct"), dir.resolve("correct"));
        assertEquals(List.of(), findings(rule, correct), "the Correct example of " + rule.docPath() + " produces " + rule.id());
        assertEquals(List.of(), correct.failures().stream().map(Finding::toString).toList(),
                "the Correct example of " + rule.docPath() + " fails the build");
    }

    private static CheckResult check(String yaml, Path dir) throws IOException {
        return RuleHarness.run(Files.createDirectories(dir), yaml);
    }

    private static List<String> findings(RuleDescriptor rule, CheckResult result) {
        return result.findings().stream().filter(f -> f.rule().equals(rule)).map(Finding::toString).toList();
    }

    private static String page(RuleDescriptor rule) throws IOException {
        Path page = repositoryRoot().resolve(rule.docPath());
        assertTrue(Files.isRegularFile(page), "no page " + rule.docPath() + " for " + rule.id());
        return Files.readString(page);
    }

    /** The text of a {@code ## heading} section, up to the next one. */
    private static String section(String page, String heading) {
        Matcher m = Pattern.compile("(?ms)^## " + Pattern.quote(heading) + "\\n(.*?)(?=^## |\\z)").matcher(page);
        assertTrue(m.find(), "no section ## " + heading);
        return m.group(1);
    }

    /** The one yaml block of a section. */
    private static String example(String page, String heading) {
        Matcher m = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(section(page, heading));
        assertTrue(m.find(), "no ```yaml block under ## " + heading);
        return m.group(1);
    }

    /** From surefire's {@code mailguard.root}, or the nearest folder up from here that holds docs/rules. */
    private static Path repositoryRoot() {
        String configured = System.getProperty("mailguard.root");
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured, "docs/rules"))) {
            return Path.of(configured);
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("docs/rules"))) {
                return at;
            }
        }
        throw new IllegalStateException("no docs/rules above " + Path.of("").toAbsolutePath());
    }
}
