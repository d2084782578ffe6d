package io.mailguard.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input of the YAML test suite (shared/corpora/yaml-test-suite) through the real engine: each
 * gets findings (none is a MailGuard file) within 10 seconds and never an exception; each case the
 * suite marks {@code error} is refused as YAML (MG105, MG106 or MG107) unless SnakeYAML Engine's
 * parser accepts it, as listed below.
 */
class YamlTestSuiteTest {

    /**
     * Invalid YAML that SnakeYAML Engine's parser accepts, so MailGuard cannot tell it is invalid; each
     * still gets findings (MG100). The test fails when one of them is refused, so the list cannot rot.
     */
    private static final Set<String> PARSER_ACCEPTS = Set.of(
            "9C9N", // parser accepts it: a flow sequence continued at column 1 under a block key
            "DK95/01", // parser accepts it: a tab that looks like indentation inside a quoted scalar
            "QB6E", // parser accepts it: a quoted scalar continued at column 1 under a block key
            "SU5Z"); // parser accepts it: a comment with no space after a quoted scalar

    private static final Set<String> YAML_RULES = Set.of("MG105", "MG106", "MG107");

    private final MailGuard engine = new MailGuard();

    @TestFactory
    Stream<DynamicTest> everyCaseGetsFindingsNeverACrash() throws IOException {
        Path suite = Path.of(System.getProperty("mailguard.shared", "../../shared"), "corpora", "yaml-test-suite");
        Assumptions.assumeTrue(Files.isDirectory(suite), suite + " absent: skipping");
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(suite)) {
            inputs = files.filter(path -> path.getFileName().toString().equals("in.yaml")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no in.yaml under " + suite);
        return inputs.stream().map(input -> {
            String name = suite.relativize(input.getParent()).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, () -> check(suite, name, input));
        });
    }

    private void check(Path suite, String name, Path input) {
        CheckResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> engine.check(new CheckRequest(
                suite, List.of(input), FailOn.ERROR, SeverityOverrides.NONE, LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT)));
        assertFalse(result.findings().isEmpty(), name + ": no finding");
        boolean refused = result.findings().stream().anyMatch(f -> YAML_RULES.contains(f.rule().id()));
        if (Files.exists(input.resolveSibling("error"))) {
            if (PARSER_ACCEPTS.contains(name)) {
                assertFalse(refused, name + " is refused now: remove it from PARSER_ACCEPTS");
            } else {
                assertTrue(refused, name + " is invalid YAML but was not refused: " + result.findings());
            }
        }
    }
}
