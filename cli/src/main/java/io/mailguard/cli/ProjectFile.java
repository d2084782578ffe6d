package io.mailguard.cli;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.UsageException;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlLoader;
import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import io.mailguard.schema.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project file {@code .mailguard.yaml}: the command line's settings for one project, named as the
 * Maven parameters and validated by {@code mailguard-project-v1.schema.json}. Paths in it are relative
 * to its folder. Only the command line reads it; the Maven and Gradle plugins have their build files.
 */
final class ProjectFile {

    /** The project file's name in the project root. */
    static final String NAME = ".mailguard.yaml";

    /** Its schema's resource path in the {@code mailguard-schema} jar. */
    static final String SCHEMA = "/mailguard/mailguard-project-v1.schema.json";

    /** The loader words an empty file or a wrong top level for configuration files; a project file is another kind. */
    private static final String TOPOLOGY_HINT = "a MailGuard file is a mapping with apiVersion and organization";
    private static final String PROJECT_FILE_HINT = "a project file is a mapping of settings, such as `failOn: warning`";

    /** No project file: every setting is the command line's or its default. */
    static final ProjectFile NONE = new ProjectFile(null, null);

    private final Path file;
    private final YamlDocument document;

    private ProjectFile(Path file, YamlDocument document) {
        this.file = file;
        this.document = document;
    }

    /** The file, absolute; {@code null} for {@link #NONE}. */
    Path file() {
        return file;
    }

    /**
     * The file {@code --config} names (it must exist), else {@value #NAME} in the project root when it
     * is there, else {@link #NONE}.
     *
     * @throws UsageException when the file cannot be used; {@link ProjectFileException} when it is invalid
     */
    static ProjectFile find(Path named, Path projectRoot) {
        if (named != null) {
            if (!Files.exists(named)) {
                throw new UsageException("--config names " + named + ", which does not exist; name the project file"
                        + " (such as " + NAME + "), or leave --config out to use " + NAME + " in the project root when it is there");
            }
            return read(named, named.toString());
        }
        Path file = projectRoot.resolve(NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return NONE;
        }
        requireInside(file, projectRoot);
        return read(file, NAME);
    }

    /** A project file found by its name is part of the project: a link out of it is not followed (§6). */
    private static void requireInside(Path file, Path projectRoot) {
        try {
            if (!file.toRealPath().startsWith(projectRoot.toRealPath())) {
                throw new UsageException(NAME + " is a symbolic link to a file outside the project " + projectRoot
                        + "; MailGuard reads nothing outside the project: copy the file in, or name it with --config");
            }
        } catch (IOException e) {
            throw new UsageException(NAME + " in " + projectRoot + " cannot be read (" + e.getMessage()
                    + "); make it a readable file, or name another with --config");
        }
    }

    private static ProjectFile read(Path path, String name) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException(name + " is not a regular file; the project file is a YAML file of settings");
        }
        LoadResult loaded = new YamlLoader(LoadLimits.DEFAULT).load(path, name);
        List<Finding> problems = loaded.document() == null ? loaded.findings()
                : SchemaValidator.forResource(SCHEMA).validate(loaded.document());
        if (!problems.isEmpty()) {
            throw new ProjectFileException(problems.stream()
                    .map(problem -> problem.location() + ": " + problem.message().replace(TOPOLOGY_HINT, PROJECT_FILE_HINT))
                    .toList());
        }
        return new ProjectFile(path.toAbsolutePath().normalize(), loaded.document());
    }

    /** Whether the file sets {@code key}. */
    boolean has(String key) {
        return document != null && document.root().get(key) != null;
    }

    /** A text setting, or {@code null}. */
    String text(String key) {
        return has(key) ? ((YamlScalar) document.root().get(key)).text() : null;
    }

    /** A path setting, relative to the file's folder, or {@code null}. */
    Path path(String key) {
        String text = text(key);
        return text == null ? null : file.resolveSibling(text);
    }

    /** The command line's path when it gave one, else the file's, else the default {@linkplain #base based} here. */
    Path path(Path option, String key, Path otherwise) {
        return option != null ? option : has(key) ? path(key) : base(otherwise);
    }

    /**
     * A default path as if the file named it: relative to the file's folder, which is the project's
     * base as Maven's is the POM's folder; without a project file, relative to the current folder.
     */
    Path base(Path path) {
        return file == null ? path : file.resolveSibling(path);
    }

    /** A list setting, or {@code null}. */
    List<String> texts(String key) {
        return has(key) ? ((YamlSequence) document.root().get(key)).items().stream().map(item -> ((YamlScalar) item).text()).toList() : null;
    }

    /** A list of paths, each relative to the file's folder, or {@code null}. */
    List<Path> paths(String key) {
        List<String> texts = texts(key);
        return texts == null ? null : texts.stream().map(file::resolveSibling).toList();
    }

    /** A map setting (empty when absent). */
    Map<String, String> map(String key) {
        Map<String, String> map = new LinkedHashMap<>();
        if (has(key)) {
            for (YamlMapping.Entry entry : ((YamlMapping) document.root().get(key)).entries()) {
                map.put(entry.key().text(), ((YamlScalar) entry.value()).text());
            }
        }
        return map;
    }

    /** A true-or-false setting, or {@code null}. */
    Boolean flag(String key) {
        return has(key) ? Boolean.valueOf(text(key)) : null;
    }

    /**
     * Where the file gives {@code value} to {@code key}: the list item or map entry that holds it
     * (a map entry {@code KEY: VALUE} is named {@code KEY=VALUE}), else the key itself.
     */
    Location locate(String key, String value) {
        YamlNode node = document.root().get(key);
        if (node instanceof YamlSequence list) {
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof YamlScalar item && item.text().equals(value)) {
                    return document.locate("/" + key + "/" + i, false);
                }
            }
        } else if (node instanceof YamlMapping map) {
            for (YamlMapping.Entry entry : map.entries()) {
                if (value.equals(entry.key().text() + "=" + ((YamlScalar) entry.value()).text())) {
                    return document.locate("/" + key + "/" + escape(entry.key().text()), true);
                }
            }
        }
        return document.locate("/" + key, !(node instanceof YamlScalar));
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
