package io.mailguard.exchange;

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
 * The receive-connector examples that rule pages carry under "## In Exchange 2007 and later": valid
 * MailGuard YAML, the incorrect one producing the page's rule, the correct one neither producing it nor
 * failing the build (the catalogue test does the same for each page's main examples).
 */
class ReceiveConnectorExamplesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"MG001", "MG002", "MG003", "MG004", "MG005", "MG006", "MG008", "MG009", "MG010", "MG015"})
    void theExamplesAreValid(String rule) throws IOException {
        String page = Product.rulePage(rule).orElseThrow();
        int section = page.indexOf("\n## In Exchange 2007 and later\n");
        assertTrue(section > 0, rule + " has a section ## In Exchange 2007 and later");
        assertEquals(-1, page.indexOf("\n## ", section + 1), rule + ": the section is the page's last");
        for (String heading : List.of("### Incorrect (receive connector)", "### Correct (receive connector)")) {
            Matcher example = Pattern.compile("(?s)" + Pattern.quote(heading) + "\\n\\n```yaml\\n(.*?)```").matcher(page.substring(section));
            assertTrue(example.find(), rule + " has a yaml block under " + heading);
            Path file = Files.writeString(Files.createDirectories(dir.resolve(rule + heading.length())).resolve("mail.yaml"), example.group(1));
            CheckResult result = new MailGuard().check(new CheckRequest(file.getParent(), List.of(file), FailOn.ERROR,
                    SeverityOverrides.NONE, LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT));
            assertEquals(List.of(), result.findings().stream().filter(f -> f.rule().id().startsWith("MG1")).map(Finding::toString).toList(),
                    rule + " " + heading);
            List<String> own = result.findings().stream().filter(f -> f.rule().id().equals(rule)).map(Finding::toString).toList();
            if (heading.startsWith("### Incorrect")) {
                assertFalse(own.isEmpty(), rule + ": the incorrect receive-connector example does not produce it");
            } else {
                assertEquals(List.of(), own, rule + ": the correct receive-connector example produces it");
                assertEquals(List.of(), result.failures().stream().map(Finding::toString).toList(),
                        rule + ": the correct receive-connector example fails the build");
            }
            assertTrue(example.group(1).contains("receiveConnectors:") || example.group(1).contains("acceptedDomains:"), rule + " " + heading);
        }
    }
}
