package io.mailguard.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.load.LoadLimits;
import io.mailguard.load.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** docs/policies.md: its worked policies load, compile, their examples behave as the page says, and the policy schema takes them. */
class PolicyDocumentationTest {

    @Test
    void theWorkedPoliciesBehaveAsTheirExamplesSay() throws IOException {
        List<Policy> policies = new ArrayList<>();
        for (String file : workedPolicies()) {
            policies.addAll(PolicyReader.read(file.getBytes(StandardCharsets.UTF_8), "docs/policies.md",
                    new YamlLoader(LoadLimits.DEFAULT)));
        }
        assertEquals(List.of("ACME001", "ACME002", "ACME003", "ACME004", "ACME005"), policies.stream().map(Policy::id).toList());
        Policies.of(policies).compile();
        for (Policy policy : policies) {
            assertTrue(policy.examples().stream().anyMatch(Policy.Example::incorrect), policy.id() + " has no incorrect example");
            assertTrue(policy.examples().stream().anyMatch(example -> !example.incorrect()), policy.id() + " has no correct example");
        }
    }

    @Test
    void thePolicySchemaTakesTheWorkedPoliciesAndTheExampleProjectsAndRefusesWhatTheReaderRefuses() throws IOException {
        Schema schema;
        try (InputStream in = PolicyDocumentationTest.class.getResourceAsStream("/mailguard/mailguard-policies-v1.schema.json")) {
            schema = SchemaLoader.builder().draftV7Support().schemaJson(new JSONObject(new JSONTokener(in))).build().load().build();
        }
        List<String> files = workedPolicies();
        files.add(Files.readString(repositoryRoot().resolve("example-project/mailguard-policies.yaml"), StandardCharsets.UTF_8));
        for (String file : files) {
            schema.validate(json(file));
        }
        String own = files.get(0).replace("ACME001", "MG001");
        assertThrows(ValidationException.class, () -> schema.validate(json(own)));
        String target = files.get(0).replace("appliesTo: smtpVirtualServer", "appliesTo: mailbox");
        assertThrows(ValidationException.class, () -> schema.validate(json(target)));
    }

    /** The policy files of the page's worked policies, in order. */
    private static List<String> workedPolicies() throws IOException {
        String page = Files.readString(repositoryRoot().resolve("docs/policies.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(page.substring(page.indexOf("## Five worked policies")));
        List<String> files = new ArrayList<>();
        while (block.find()) {
            files.add(block.group(1));
        }
        return files;
    }

    private static JSONObject json(String yaml) {
        return new JSONObject((java.util.Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml));
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
