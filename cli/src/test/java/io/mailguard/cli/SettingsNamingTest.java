package io.mailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The README's settings table is the one naming of every setting (SPEC §10): each name in it is what
 * the Maven plugin's descriptor, the Gradle extension, the CLI's picocli model and the project file's
 * schema really call the setting, and every key of the project file is in it.
 */
class SettingsNamingTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /**
     * Names the policy work adds on its own branch (SPEC §10): until it lands they must be absent;
     * once one is there this test says so, and it leaves this list.
     */
    private static final Set<String> PENDING = Set.of();

    /** One row of the table: the names of one setting in each front end. */
    private record Row(String setting, List<String> maven, List<String> gradle, List<String> cli, List<String> projectFile) {
    }

    @Test
    void everyMavenNameIsAParameterOfTheCheckGoalWithItsOwnProperty() throws Exception {
        Map<String, String> parameters = checkGoalParameters();
        for (Row row : table()) {
            for (String name : row.maven()) {
                if (pending("Maven " + name, parameters.containsKey(name))) {
                    continue;
                }
                assertTrue(parameters.containsKey(name), row.setting() + ": the check goal has no parameter " + name + ": " + parameters.keySet());
                String property = parameters.get(name);
                assertTrue(property == null || property.equals("mailguard." + name),
                        row.setting() + ": <" + name + "> has the user property " + property + ", not mailguard." + name);
            }
        }
    }

    @Test
    void everyGradleNameIsAPropertyOfTheExtension() throws IOException {
        Set<String> properties = gradleExtensionProperties();
        for (Row row : table()) {
            for (String name : row.gradle()) {
                if (!pending("Gradle " + name, properties.contains(name))) {
                    assertTrue(properties.contains(name), row.setting() + ": mailguard { } has no property " + name + ": " + properties);
                }
            }
        }
    }

    @Test
    void everyCliNameIsAnOptionOfCheck() {
        CommandSpec check = new CommandLine(new MailGuardCommand()).getSubcommands().get("check").getCommandSpec();
        for (Row row : table()) {
            for (String name : row.cli()) {
                boolean known = name.startsWith("--") ? check.findOption(name) != null
                        : check.positionalParameters().stream().anyMatch(positional -> (positional.paramLabel() + "…").equals(name));
                if (!pending("CLI " + name, known)) {
                    assertTrue(known, row.setting() + ": `mailguard check` has no " + name);
                }
            }
        }
    }

    @Test
    void theProjectFilesKeysAreTheTablesAndNoOthers() throws IOException {
        Set<String> documented = new TreeSet<>();
        table().forEach(row -> documented.addAll(row.projectFile()));
        Set<String> keys = new TreeSet<>(projectSchemaKeys());
        keys.remove("apiVersion");
        assertEquals(documented, keys, "the README's `.mailguard.yaml` column and schema/mailguard-project-v1.schema.json");
    }

    @Test
    void theTableNamesEverySettingOnce() {
        List<String> settings = table().stream().map(Row::setting).toList();
        assertEquals(new LinkedHashSet<>(settings).size(), settings.size(), settings.toString());
        assertTrue(settings.size() >= 9, "the table of SPEC §10 has nine rows: " + settings);
    }

    /** Whether {@code name} is one the policy work adds; it must not be there yet. */
    private static boolean pending(String name, boolean present) {
        if (!PENDING.contains(name)) {
            return false;
        }
        assertFalse(present, name + " is there now: remove it from SettingsNamingTest.PENDING, so that it is checked");
        return true;
    }

    /** The settings table of the README, each cell's names: {@code same} repeats the Maven cell, {@code —} is none. */
    static List<Row> table() {
        String readme;
        try {
            readme = Files.readString(ROOT.resolve("README.md"));
        } catch (IOException e) {
            throw new IllegalStateException("README.md is not at " + ROOT, e);
        }
        int start = readme.indexOf("| setting | Maven parameter");
        assertTrue(start >= 0, "the README has no settings table");
        List<Row> rows = new ArrayList<>();
        for (String line : readme.substring(start).split("\n")) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|", -1);
            if (cells[1].trim().equals("setting") || cells[1].trim().startsWith("---")) {
                continue;
            }
            List<String> maven = names(cells[2], List.of());
            rows.add(new Row(cells[1].trim(), maven, names(cells[3], maven), names(cells[4], maven), names(cells[5], maven)));
        }
        return rows;
    }

    /** The names a cell gives in backquotes, leaving out notes in parentheses and an option's argument. */
    private static List<String> names(String cell, List<String> same) {
        String text = cell.trim();
        if (text.equals("same")) {
            return same;
        }
        Matcher quoted = Pattern.compile("`([^`]+)`").matcher(text.replaceAll("\\([^)]*\\)", ""));
        List<String> names = new ArrayList<>();
        while (quoted.find()) {
            names.add(quoted.group(1).split(" ")[0]);
        }
        return names;
    }

    /** The {@code check} goal's parameters from the plugin descriptor Maven reads, each with its user property or {@code null}. */
    private static Map<String, String> checkGoalParameters() throws Exception {
        for (URL url : Collections.list(SettingsNamingTest.class.getClassLoader().getResources("META-INF/maven/plugin.xml"))) {
            try (InputStream in = url.openStream()) {
                Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
                if (!"mailguard".equals(text(plugin, "goalPrefix"))) {
                    continue;
                }
                NodeList mojos = plugin.getElementsByTagName("mojo");
                for (int i = 0; i < mojos.getLength(); i++) {
                    Element mojo = (Element) mojos.item(i);
                    if ("check".equals(text(mojo, "goal"))) {
                        return parameters(mojo);
                    }
                }
            }
        }
        throw new IllegalStateException("the test classpath holds no MailGuard plugin descriptor with a check goal");
    }

    private static Map<String, String> parameters(Element mojo) {
        Map<String, String> parameters = new HashMap<>();
        Element list = (Element) mojo.getElementsByTagName("parameters").item(0);
        for (Node node = list.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element parameter && text(parameter, "editable").equals("true")) {
                parameters.put(text(parameter, "name"), null);
            }
        }
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        for (Node node = configuration.getFirstChild(); node != null; node = node.getNextSibling()) {
            Matcher property = node instanceof Element ? Pattern.compile("\\$\\{([^}]+)}").matcher(node.getTextContent()) : null;
            if (property != null && property.matches() && parameters.containsKey(node.getNodeName())) {
                parameters.put(node.getNodeName(), property.group(1));
            }
        }
        return parameters;
    }

    private static String text(Element parent, String child) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(child)) {
                return element.getTextContent().trim();
            }
        }
        return "";
    }

    /**
     * The Gradle extension's properties: a getter with a setter. Read from its source, since the
     * Gradle plugin is built after the command line and its class needs the Gradle API to load.
     */
    private static Set<String> gradleExtensionProperties() throws IOException {
        String source = Files.readString(ROOT.resolve("gradle-plugin/src/main/java/io/mailguard/gradle/MailGuardExtension.java"));
        Set<String> properties = new TreeSet<>();
        Matcher getter = Pattern.compile("public [\\w<>, ]+ (?:get|is)([A-Z]\\w*)\\(\\)").matcher(source);
        while (getter.find()) {
            if (source.contains("public void set" + getter.group(1) + "(")) {
                properties.add(Character.toLowerCase(getter.group(1).charAt(0)) + getter.group(1).substring(1));
            }
        }
        return properties;
    }

    private static Set<String> projectSchemaKeys() throws IOException {
        try (InputStream in = SettingsNamingTest.class.getResourceAsStream(ProjectFile.SCHEMA)) {
            return new JSONObject(new JSONTokener(in)).getJSONObject("properties").keySet();
        }
    }
}
