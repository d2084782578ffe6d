package io.mailguard.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.load.LoadLimits;
import io.mailguard.load.YamlLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/policies.md: its worked policies load, compile, and their examples behave as the page says. */
class PolicyDocumentationTest {

    @Test
    void theWorkedPoliciesBehaveAsTheirExamplesSay() throws IOException {
        String page = Files.readString(repositoryRoot().resolve("docs/policies.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(page.substring(page.indexOf("## Five worked policies")));
        List<Policy> policies = new ArrayList<>();
        while (block.find()) {
            policies.addAll(PolicyReader.read(block.group(1).getBytes(StandardCharsets.UTF_8), "docs/policies.md",
                    new YamlLoader(LoadLimits.DEFAULT)));
        }
        assertEquals(List.of("ACME001", "ACME002", "ACME003", "ACME004", "ACME005"), policies.stream().map(Policy::id).toList());
        Policies.of(policies).compile();
        for (Policy policy : policies) {
            assertTrue(policy.examples().stream().anyMatch(Policy.Example::incorrect), policy.id() + " has no incorrect example");
            assertTrue(policy.examples().stream().anyMatch(example -> !example.incorrect()), policy.id() + " has no correct example");
        }
    }

    private static Path repositoryRoot() {
        String configured = System.getProperty("mailguard.root");
        if (configured != null && !configured.isBlank() && Files.isRegularFile(Path.of(configured, "docs/policies.md"))) {
            return Path.of(configured);
        }
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("docs/policies.md"))) {
                return at;
            }
        }
        throw new IllegalStateException("no docs/policies.md above " + Path.of("").toAbsolutePath());
    }
}
