package io.mailguard.gradle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What Maven Central checks that can be checked offline, on what this build produced: the licence, the
 * POM metadata, and beside every published jar its sources and Javadoc. This module is built last, so
 * every other module's jars are there when it runs.
 */
class PublicationTest {

    private static final Path ROOT = Path.of(System.getProperty("mailguard.root", "../.."));
    private static final String VERSION = System.getProperty("mailguard.version");

    /** The modules whose jars a release publishes, by folder and artifact id. */
    private static final List<List<String>> PUBLISHED_JARS = List.of(
            List.of("schema", "mailguard-schema"),
            List.of("core", "mailguard-core"),
            List.of("plugin", "mailguard-maven-plugin"),
            List.of("cli", "mailguard-cli"),
            List.of("gradle-plugin", "mailguard-gradle-plugin"));

    @Test
    void theLicenceIsApache2InFull() throws Exception {
        String licence = Files.readString(ROOT.resolve("LICENSE"));
        assertTrue(licence.contains("Apache License\n                           Version 2.0, January 2004"), licence);
        assertTrue(licence.contains("END OF TERMS AND CONDITIONS"), "the full text, not a notice");
    }

    @Test
    void theParentPomCarriesWhatCentralRequires() throws Exception {
        Element project = pom(ROOT.resolve("pom.xml"));
        for (String field : List.of("name", "description", "url")) {
            assertFalse(text(project, field).isBlank(), field);
        }
        assertEquals("Apache-2.0", text(child(child(project, "licenses"), "license"), "name"));
        Element scm = child(project, "scm");
        for (String field : List.of("connection", "developerConnection", "url")) {
            assertTrue(text(scm, field).contains("github.com/mailguard/mailguard"), field);
        }
        assertEquals("The MailGuard authors", text(child(child(project, "developers"), "developer"), "name"));
        assertEquals("false", project.getAttribute("child.project.url.inherit.append.path"),
                "modules keep the project's URL instead of appending their names to it");
    }

    @Test
    void everyPublishedJarHasItsNameDescriptionSourcesAndJavadoc() throws Exception {
        for (List<String> module : PUBLISHED_JARS) {
            Path directory = ROOT.resolve(module.get(0));
            Element project = pom(directory.resolve("pom.xml"));
            assertFalse(text(project, "name").isBlank(), module + " has a name");
            assertFalse(text(project, "description").isBlank(), module + " has a description");
            for (String classifier : List.of("", "-sources", "-javadoc")) {
                Path jar = directory.resolve("target/" + module.get(1) + "-" + VERSION + classifier + ".jar");
                assertTrue(Files.isRegularFile(jar), jar + " is built by the normal build");
                try (JarFile contents = new JarFile(jar.toFile())) {
                    assertTrue(contents.stream().anyMatch(entry -> !entry.isDirectory()
                            && !entry.getName().startsWith("META-INF/")), jar + " is not empty");
                    if (classifier.equals("-javadoc")) {
                        assertNotNull(contents.getEntry(module.get(0).equals("schema") ? "README.md" : "index.html"), jar.toString());
                    }
                }
            }
        }
    }

    @Test
    void theGradlePluginMarkerIsAPomThatNamesThePlugin() throws Exception {
        Element marker = pom(ROOT.resolve("gradle-plugin/marker/pom.xml"));
        assertEquals("io.mailguard.gradle.plugin", text(marker, "artifactId"));
        assertEquals("pom", text(marker, "packaging"));
        assertEquals("mailguard-gradle-plugin", text(child(child(marker, "dependencies"), "dependency"), "artifactId"));
        String descriptor = "META-INF/gradle-plugins/io.mailguard.properties";
        try (JarFile jar = new JarFile(ROOT.resolve("gradle-plugin/target/mailguard-gradle-plugin-" + VERSION + ".jar").toFile())) {
            assertNotNull(jar.getEntry(descriptor), descriptor);
            assertEquals("implementation-class=io.mailguard.gradle.MailGuardPlugin",
                    new String(jar.getInputStream(jar.getEntry(descriptor)).readAllBytes()).trim());
        }
    }

    private static Element pom(Path file) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError(parent.getTagName() + " has no <" + name + ">");
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }
}
