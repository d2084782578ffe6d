package io.mailguard.load;

import io.mailguard.Finding;
import java.util.List;

/**
 * What loading one file gave: the document, or the findings that stopped it (never both).
 *
 * @param document the document, or {@code null} when the file was refused
 * @param findings why the file was refused; empty when it loaded
 */
public record LoadResult(YamlDocument document, List<Finding> findings) {

    static LoadResult loaded(YamlDocument document) {
        return new LoadResult(document, List.of());
    }

    static LoadResult refused(List<Finding> findings) {
        return new LoadResult(null, List.copyOf(findings));
    }

    /** The refusal with each finding tied to this version of the file's bytes. */
    LoadResult versioned(String version) {
        return new LoadResult(null, findings.stream().map(finding -> new Finding(finding.rule(), finding.severity(),
                finding.location(), finding.organization(), finding.object(), finding.property() + "@" + version,
                finding.message(), finding.suppression())).toList());
    }
}
