package io.mailguard.suppress;

import io.mailguard.Finding;
import io.mailguard.UsageException;
import io.mailguard.WholeFiles;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;
import io.mailguard.load.YamlMapping;
import io.mailguard.load.YamlNode;
import io.mailguard.load.YamlScalar;
import io.mailguard.load.YamlSequence;
import io.mailguard.schema.SchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Findings accepted when the baseline was written, as fingerprints: rule, organization, object and
 * the property at fault — never line numbers — so reformatting and reordering keep them matched.
 */
public final class Baseline {

    static final String SCHEMA = "/mailguard/mailguard-baseline-v1.schema.json";

    private final Set<String> fingerprints;
    private final String justification;
    private final boolean written;

    Baseline(Set<String> fingerprints, String justification, boolean written) {
        this.fingerprints = fingerprints;
        this.justification = justification;
        this.written = written;
    }

    /** The findings of an earlier revision, as a baseline: every one of them is accepted. */
    public static Baseline of(Collection<Finding> findings, String justification) {
        Set<String> fingerprints = new TreeSet<>();
        findings.forEach(f -> fingerprints.add(f.fingerprint()));
        return new Baseline(fingerprints, justification, false);
    }

    /** True for a baseline file, whose entries that no longer occur should be removed by regenerating it. */
    boolean written() {
        return written;
    }

    /** The number of fingerprints. */
    public int size() {
        return fingerprints.size();
    }

    boolean contains(Finding finding) {
        return fingerprints.contains(finding.fingerprint());
    }

    String justification() {
        return justification;
    }

    Set<String> fingerprints() {
        return fingerprints;
    }

    /**
     * Reads a baseline file.
     *
     * @throws UsageException when it is missing or not a MailGuard baseline, naming the first problem
     */
    public static Baseline read(Path path, String file, YamlLoader loader) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException("the baseline " + file + " does not exist; write it with the baseline goal or `mailguard baseline`");
        }
        LoadResult loaded = loader.load(path, file);
        List<Finding> problems = loaded.document() == null ? loaded.findings()
                : SchemaValidator.forResource(SCHEMA).validate(loaded.document());
        if (!problems.isEmpty()) {
            Finding first = problems.get(0);
            throw new UsageException("the baseline is not valid: " + first.location() + ": " + first.message()
                    + "; regenerate it with the baseline goal or `mailguard baseline`");
        }
        Set<String> fingerprints = new TreeSet<>();
        for (YamlNode item : ((YamlSequence) loaded.document().root().get("findings")).items()) {
            YamlMapping entry = (YamlMapping) item;
            fingerprints.add(Finding.fingerprint(text(entry, "rule"), text(entry, "scope"), text(entry, "object"),
                    text(entry, "property")));
        }
        return new Baseline(fingerprints, "in the baseline " + file, true);
    }

    /** Writes the baseline of these findings, sorted, so it diffs cleanly. */
    public static void write(Path path, Collection<Finding> findings) {
        Map<String, Map<String, Object>> entries = new TreeMap<>();
        for (Finding finding : findings) {
            if (!finding.counts()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rule", finding.rule().id());
            entry.put("scope", finding.scope());
            if (!finding.object().isEmpty()) {
                entry.put("object", finding.object());
            }
            entry.put("property", finding.property());
            entries.put(finding.fingerprint(), entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("apiVersion", "mailguard/v1");
        document.put("findings", new ArrayList<>(entries.values()));
        String yaml = "# MailGuard baseline: findings accepted when it was written. Only findings not listed here fail\n"
                + "# the check. Regenerate it with `mvn mailguard:baseline` or `mailguard baseline`.\n"
                + new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(200).build()).dumpToString(document);
        try {
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            WholeFiles.write(path, yaml.getBytes(StandardCharsets.UTF_8)); // a failure keeps the old baseline whole
        } catch (IOException e) {
            throw new UsageException("cannot write the baseline " + path + ": " + e.getMessage(), e);
        }
    }

    private static String text(YamlMapping entry, String key) {
        return entry.get(key) instanceof YamlScalar scalar ? scalar.text() : "";
    }
}
