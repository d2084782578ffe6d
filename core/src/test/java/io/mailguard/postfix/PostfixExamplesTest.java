package io.mailguard.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Product;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Postfix examples that the product-neutral rules' pages carry under "## In Postfix": valid MailGuard YAML,
 * the incorrect one producing the page's rule, the correct one neither producing it nor failing the build (the
 * catalogue test runs the main examples, which for MG018–MG021 are Postfix ones).
 */
class PostfixExamplesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"MG001", "MG002", "MG003", "MG004", "MG005", "MG006", "MG015", "MG017"})
    void theExamplesAreValid(String rule) throws IOException {
        String page = Product.rulePage(rule).orElseThrow();
        int start = page.indexOf("\n## In Postfix\n");
        assertTrue(start > 0, rule + " has a section ## In Postfix");
        int end = page.indexOf("\n## ", start + 1);
        String section = page.substring(start, end < 0 ? page.length() : end);
        assertTrue(section.contains("postconf -e") || section.contains("master.cf"), rule + " says how to fix it in Postfix");
        for (String heading : List.of("### Incorrect (Postfix)", "### Correct (Postfix)")) {
            Matcher example = Pattern.compile("(?s)" + Pattern.quote(heading) + "\\n\\n```yaml\\n(.*?)```").matcher(section);
            assertTrue(example.find(), rule + " has a yaml block under " + heading);
            assertTrue(example.group(1).contains("product: postfix"), rule + " " + heading);
            Path file = Files.writeString(Files.createDirectories(dir.resolve(rule + heading.length())).resolve("mail.yaml"),
                    example.group(1));
            CheckResult result = new MailGuard().check(new CheckRequest(file.getParent(), List.of(file), FailOn.ERROR,
                    SeverityOverrides.NONE, LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT));
            assertEquals(List.of(), result.findings().stream().filter(f -> f.rule().id().startsWith("MG1"))
                    .map(Finding::toString).toList(), rule + " " + heading);
            List<String> own = result.findings().stream().filter(f -> f.rule().id().equals(rule)).map(Finding::toString).toList();
            if (heading.startsWith("### Incorrect")) {
                assertFalse(own.isEmpty(), rule + ": the incorrect Postfix example does not produce it");
            } else {
                assertEquals(List.of(), own, rule + ": the correct Postfix example produces it");
                assertEquals(List.of(), result.failures().stream().map(Finding::toString).toList(),
                        rule + ": the correct Postfix example fails the build");
            }
        }
    }
}
