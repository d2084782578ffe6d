package io.mailguard.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private final YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);

    private LoadResult load(String yaml) {
        return loader.load(yaml.getBytes(StandardCharsets.UTF_8), "mail/test.yaml");
    }

    private Finding refused(String yaml, String rule, int line, int column) {
        LoadResult result = load(yaml);
        assertNull(result.document(), "the file should be refused");
        Finding finding = result.findings().get(0);
        assertEquals(rule, finding.rule().id(), finding.message());
        assertEquals(line + ":" + column, finding.location().line() + ":" + finding.location().column(), finding.message());
        return finding;
    }

    @Test
    void keepsLineAndColumnOfEveryNode() {
        YamlDocument document = load("""
                apiVersion: mailguard/v1
                servers:
                  - name: EXCH01
                    smtpVirtualServers:
                      - {name: Internal, authentication: {anonymous: true}}
                """).document();
        assertNotNull(document);
        assertEquals("mail/test.yaml:3:11", document.locate("/servers/0/name", false).toString());
        assertEquals("mail/test.yaml:3:5", document.locate("/servers/0/name", true).toString());
        assertEquals("mail/test.yaml:5:54", document.locate("/servers/0/smtpVirtualServers/0/authentication/anonymous", false).toString());
        // a path past what the file holds points at the deepest node that exists
        assertEquals("mail/test.yaml:5:9", document.locate("/servers/0/smtpVirtualServers/0/relay/hosts", false).toString());
    }

    @Test
    void resolvesScalarsByYaml12CoreSchema() {
        YamlMapping root = load("""
                a: yes
                b: true
                c: 0600
                d: 25
                e: 1.10
                f: 2024-01-02
                g: 12:30
                h: ~
                i: "true"
                j: 0x1F
                k: off
                """).document().root();
        assertEquals(YamlScalar.Type.STRING, type(root, "a"));
        assertEquals(YamlScalar.Type.BOOLEAN, type(root, "b"));
        assertEquals(YamlScalar.Type.STRING, type(root, "c"), "a YAML 1.1 octal stays text");
        assertEquals(YamlScalar.Type.INTEGER, type(root, "d"));
        assertEquals(YamlScalar.Type.FLOAT, type(root, "e"));
        assertEquals("1.10", ((YamlScalar) root.get("e")).text(), "the text is kept as written");
        assertEquals(YamlScalar.Type.STRING, type(root, "f"), "dates stay strings");
        assertEquals(YamlScalar.Type.STRING, type(root, "g"), "sexagesimal numbers stay strings");
        assertEquals(YamlScalar.Type.NULL, type(root, "h"));
        assertEquals(YamlScalar.Type.STRING, type(root, "i"), "quoted scalars are strings");
        assertEquals(31L, ((YamlScalar) root.get("j")).integerValue());
        assertEquals(YamlScalar.Type.STRING, type(root, "k"));
    }

    private static YamlScalar.Type type(YamlMapping root, String key) {
        return ((YamlScalar) root.get(key)).type();
    }

    @Test
    void reportsEveryDuplicateKeyWithBothLines() {
        LoadResult result = load("""
                apiVersion: mailguard/v1
                servers:
                  - name: EXCH01
                    product: other
                    name: EXCH02
                apiVersion: mailguard/v1
                """);
        assertNull(result.document());
        List<Finding> findings = result.findings();
        assertEquals(2, findings.size());
        assertEquals("MG106", findings.get(0).rule().id());
        assertEquals("mail/test.yaml:5:5", findings.get(0).location().toString());
        assertTrue(findings.get(0).message().contains("at lines 3 and 5"), findings.get(0).message());
        assertEquals("mail/test.yaml:6:1", findings.get(1).location().toString());
    }

    @Test
    void refusesSyntaxErrorsAtTheirPlace() {
        Finding finding = refused("apiVersion: mailguard/v1\nservers: [a, b\n", "MG105", 3, 1);
        assertTrue(finding.message().contains("flow sequence"), finding.message());
        refused("a: b\n\tc: d\n", "MG105", 2, 1);
    }

    @Test
    void refusesTags() {
        Finding global = refused("apiVersion: mailguard/v1\nx: !!python/object:os.system [ls]\n", "MG107", 2, 4);
        assertTrue(global.message().contains("tag:yaml.org,2002:python/object:os.system"), global.message());
        refused("x: !secret value\n", "MG107", 1, 4);
        refused("--- !local\na: b\n", "MG107", 1, 5);
    }

    @Test
    void sharesAliasesButRefusesBombs() {
        YamlDocument document = load("""
                base: &std {address: all-unassigned, port: 25}
                copy: *std
                """).document();
        assertNotNull(document);
        assertTrue(document.root().get("base") == document.root().get("copy"), "aliases are shared, not copied");

        StringBuilder laughs = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 9; i++) {
            laughs.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                laughs.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            laughs.append("]\n");
        }
        Finding bomb = refused(laughs.toString(), "MG107", 4, 45);
        assertTrue(bomb.message().contains("alias expansion limit"), bomb.message());

        StringBuilder doubling = new StringBuilder("l0: &l0 [x]\n");
        for (int i = 1; i <= 25; i++) {
            doubling.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l").append(i - 1).append("]\n");
        }
        assertTrue(refused(doubling.toString(), "MG107", 12, 18).message().contains("alias expansion limit"));
    }

    @Test
    void refusesTooManyAliases() {
        StringBuilder many = new StringBuilder("a: &a x\nl:\n");
        for (int i = 0; i < 101; i++) {
            many.append("  - *a\n");
        }
        assertTrue(refused(many.toString(), "MG107", 103, 5).message().contains("alias limit"));
    }

    @Test
    void refusesRecursiveAliases() {
        refused("a: &a [*a]\n", "MG107", 1, 8);
    }

    @Test
    void refusesDeepNesting() {
        String deep = "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertTrue(refused(deep, "MG107", 1, 67).message().contains("depth limit"));
    }

    @Test
    void refusesSeveralDocuments() {
        refused("a: b\n---\nc: d\n", "MG107", 2, 1);
    }

    @Test
    void refusesEmptyFilesAndRootsThatAreNotMappings() {
        refused("", "MG107", 1, 1);
        refused("# only a comment\n", "MG107", 1, 1);
        assertTrue(refused("- a\n- b\n", "MG107", 1, 1).message().contains("the top level is a list"));
        assertTrue(refused("just text\n", "MG107", 1, 1).message().contains("the top level is a string"));
    }

    @Test
    void refusesKeysThatAreNotNames() {
        refused("? [a, b]\n: c\n", "MG107", 1, 3);
        refused("~: c\n", "MG107", 1, 1);
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] latin1 = "a: b\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        LoadResult result = loader.load(latin1, "mail/test.yaml");
        Finding finding = result.findings().get(0);
        assertEquals("MG107", finding.rule().id());
        assertEquals("mail/test.yaml:2:10", finding.location().toString());
        assertTrue(finding.message().contains("0xE9 is not UTF-8"), finding.message());
    }

    @Test
    void refusesUtf16AndAcceptsAUtf8ByteOrderMark() {
        byte[] utf16 = "\uFEFFa: b\n".getBytes(StandardCharsets.UTF_16LE);
        Finding finding = loader.load(utf16, "mail/test.yaml").findings().get(0);
        assertTrue(finding.message().contains("UTF-16"), finding.message());
        byte[] bom = "\uFEFFa: b\n".getBytes(StandardCharsets.UTF_8);
        assertNotNull(loader.load(bom, "mail/test.yaml").document());
    }

    @Test
    void refusesFilesOverTheSizeLimit() {
        YamlLoader small = new YamlLoader(LoadLimits.DEFAULT.withMaxFileBytes(100));
        Finding finding = small.load(("a: " + "x".repeat(200)).getBytes(StandardCharsets.UTF_8), "mail/big.yaml").findings().get(0);
        assertEquals("MG107", finding.rule().id());
        assertTrue(finding.message().contains("over the limit of 100 bytes (maxFileSize)"), finding.message());
    }

    @Test
    void refusesEscapesPastTheLastUnicodeCharacter() {
        // found by fuzzing: SnakeYAML Engine threw NumberFormatException on an escape past int
        assertTrue(refused("a: b\nc: \"x \\UF0160000\"\n", "MG105", 2, 7).message().contains("\\U0010FFFF"));
    }

    @Test
    void refusesCharactersYamlForbids() {
        refused("a: b\nc: d\u0001\n", "MG107", 2, 5);
    }
}
