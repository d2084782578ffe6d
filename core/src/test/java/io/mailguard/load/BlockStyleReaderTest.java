package io.mailguard.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.RepositoryYaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick reader against SnakeYAML Engine: wherever it reads a file, it must give the very tree
 * (values, types, lines and columns) that SnakeYAML Engine gives; what it does not read, it leaves.
 */
class BlockStyleReaderTest {

    private final YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);

    /** Snippets it reads; each is compared with SnakeYAML Engine's reading as well. */
    @ParameterizedTest
    @ValueSource(strings = {
        "a: 1\n",
        "a: 1",
        "a:\n  b: x\n  c: [1, 2]\nd: 'it''s'\n",
        "a:\n- x\n- y\nb: 2\n",
        "servers:\n  - name: EXCH01  # the hub\n    smtpVirtualServers:\n      - name: SMTP 01\n        hosts: []\n",
        "# top\n\na: \"quoted # not a comment\"\n   # indented comment\nb: plain#not-a-comment\n",
        "a:\nb:   \nc: # comment\n  d: 1\n",
        "  a: 1\n  b: [ x , 'y' , \"z\" ]\n",
        "hosts: [10.0.1.0/24, 2001:db8:1::/64, fe80::1]\nurl: http://example.com:25/x\n",
        "a: ~\nb: null\nc: true\nd: 0600\ne: 1.5\nf: 0x1F\ng: 2024-01-02\n",
        "a: b {c} [d], e\n",
        "a: 1\r\nb:\r\n  - x  # note\r\n  - [y, 'z']\r\n",
        "- not: a mapping root\n",
    })
    void readsTheCommonForms(String yaml) {
        LoadResult quick = quick(yaml);
        if (yaml.startsWith("- ")) {
            assertNull(quick, "a list at the top is left to SnakeYAML Engine, which reports it");
            return;
        }
        assertNotNull(quick, "read quickly: " + yaml);
        assertEquals(loader.readWithEngine(yaml, "mail/test.yaml"), quick);
    }

    /** Everything outside the subset, and every file with a finding, goes to SnakeYAML Engine. */
    @ParameterizedTest
    @ValueSource(strings = {
        "", "# only a comment\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n",
        "a: one\n  two\n", "a: \"esc\\n\"\n", "a: 'two\n  lines'\n", "a: {b: 1}\n", "a:\tb\n", "a: 1\rb: 2\n",
        "---\na: 1\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "a: 1\na: 2\n", "a: b: c\n", "? a\n: b\n",
        "a: -1\n", "a: [b, [c]]\n", "a: [b,\n  c]\n", "a: [b, ]\n", "\"a\": 1\n", "a: \"b\"c\n", "a: [b]c\n",
        "a:\n  - b\n - c\n", "a:\n  b: 1\n c: 2\n", "a: 1\n- b\n", "a: Zürich\n", "a: \u0001\n", "a: x\u007Fy\n",
        "- a\n- b\n", "plain scalar\n",
    })
    void leavesTheRestToSnakeYamlEngine(String yaml) {
        assertNull(quick(yaml), yaml);
    }

    @Test
    void readsEveryFileOfTheExampleProjectQuickly() throws IOException {
        List<Path> files = RepositoryYaml.files(Path.of("../example-project/src"));
        assertTrue(files.size() >= 10, "the example project's files: " + files);
        for (Path file : files) {
            String yaml = Files.readString(file);
            LoadResult quick = quick(yaml);
            assertNotNull(quick, file + " should be read quickly");
            assertEquals(loader.readWithEngine(yaml, "mail/test.yaml"), quick, file.toString());
        }
    }

    /**
     * Every YAML text the repository holds (example project, plugin test projects, rule pages, fuzz
     * seeds) and the YAML test suite, each as written and in 40 mutations (characters deleted, lines
     * repeated, YAML's special characters inserted): the quick reader either leaves the text or reads
     * exactly what SnakeYAML Engine reads.
     */
    @Test
    void agreesWithSnakeYamlEngineOnEveryTextAndItsMutations() throws IOException {
        List<String> texts = new ArrayList<>(RepositoryYaml.texts());
        Path suite = Path.of(System.getProperty("mailguard.shared", "../../shared"), "corpora", "yaml-test-suite");
        if (Files.isDirectory(suite)) {
            try (Stream<Path> walk = Files.walk(suite)) {
                for (Path file : walk.filter(p -> p.getFileName().toString().equals("in.yaml")).sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
                }
            }
        }
        Random random = new Random(20261127);
        int compared = 0;
        int readQuickly = 0;
        for (String text : texts) {
            List<String> variants = new ArrayList<>(List.of(text));
            for (int i = 0; i < 40 && !text.isEmpty(); i++) {
                variants.add(mutate(text, random));
            }
            for (String variant : variants) {
                LoadResult quick = quick(variant);
                compared++;
                if (quick != null) {
                    readQuickly++;
                    assertEquals(loader.readWithEngine(variant, "mail/test.yaml"), quick, variant);
                }
            }
        }
        assertTrue(readQuickly > compared / 10, readQuickly + " of " + compared + " texts read quickly");
    }

    /** Every ASCII text of the repository with Windows line ends: read quickly where it is read with line feeds, and as SnakeYAML Engine reads it. */
    @Test
    void readsWindowsLineEndsAsSnakeYamlEngineDoes() throws IOException {
        int read = 0;
        for (String text : RepositoryYaml.texts()) {
            String windows = text.replace("\r\n", "\n").replace("\n", "\r\n");
            if (quick(text) == null || quick(windows.replace("\r", "")) == null) {
                continue;
            }
            LoadResult quick = quick(windows);
            assertNotNull(quick, windows);
            assertEquals(loader.readWithEngine(windows, "mail/test.yaml"), quick, windows);
            read++;
        }
        assertTrue(read > 20, read + " texts read with Windows line ends");
        assertNull(quick("a: 1\rb: 2\n"), "a CR alone is left to SnakeYAML Engine");
    }

    @Test
    void readsAfterAByteOrderMarkAsSnakeYamlEngineDoes() {
        String yaml = "servers:\n  - name: EXCH01\n    hosts: [10.0.0.1]\n";
        byte[] withMark = ("\uFEFF" + yaml).getBytes(StandardCharsets.UTF_8);
        LoadResult quick = loader.readQuickly(withMark, 3, "mail/test.yaml");
        assertNotNull(quick);
        assertEquals(loader.readWithEngine(yaml, "mail/test.yaml"), quick);
        assertEquals(quick, loader.load(withMark, "mail/test.yaml"));
    }

    /** The quick reader's reading, or {@code null}; like the loader, it is given ASCII files only. */
    private LoadResult quick(String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        if (yaml.chars().anyMatch(c -> c >= 0x80)) {
            return null;
        }
        return loader.readQuickly(bytes, 0, "mail/test.yaml");
    }

    private static final String[] INSERTS = {
        " ", "  ", "\n", "#", " #", ":", ": ", "-", "- ", "'", "\"", "[", "]", ",", "{", "}", "\t", "\r", "&a ", "*a",
        "!t ", "|", ">", "\\", "é", "?", "%", "@", "~", "...", "---", "0", "\u0085", "\uFEFF",
    };

    private static String mutate(String text, Random random) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(4)) {
            case 0:
                return text.substring(0, at) + text.substring(at + 1);
            case 1: {
                int start = text.lastIndexOf('\n', at) + 1;
                int end = text.indexOf('\n', at);
                end = end < 0 ? text.length() : end + 1;
                return text.substring(0, end) + text.substring(start, end) + text.substring(end);
            }
            default:
                return text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
        }
    }
}
