package io.mailguard;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The YAML the repository holds, for tests that hold two ways of doing one thing to each other. */
public final class RepositoryYaml {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);

    private RepositoryYaml() {
    }

    /** The {@code .yaml} and {@code .yml} files under {@code root}, build output and git left out, sorted. */
    public static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** The texts of every YAML file of the repository (read byte for byte as ISO-8859-1), then the YAML examples of every rule page. */
    public static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : files(Path.of(".."))) {
            texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
        }
        for (var rule : io.mailguard.rules.RuleCatalogue.descriptors()) {
            try (InputStream page = RepositoryYaml.class.getResourceAsStream("/mailguard/rules/" + rule.id() + ".md")) {
                if (page != null) {
                    Matcher matcher = YAML_BLOCK.matcher(new String(page.readAllBytes(), StandardCharsets.UTF_8));
                    while (matcher.find()) {
                        texts.add(matcher.group(1));
                    }
                }
            }
        }
        assertFalse(texts.isEmpty(), "no YAML found; the tests run from the core module");
        return texts;
    }
}
