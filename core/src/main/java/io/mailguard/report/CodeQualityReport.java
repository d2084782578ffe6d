package io.mailguard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * {@code mailguard-codequality.json}: the findings that count, in GitLab's Code Quality format (a subset
 * of Code Climate's), so that a merge request shows which findings it adds and which it resolves. GitLab
 * compares the two sides by fingerprint, so the fingerprint is the finding's own, which no line number
 * enters: moving a server in its file neither resolves its finding nor adds a new one.
 */
final class CodeQualityReport {

    private CodeQualityReport() {
    }

    static void write(CheckResult result, OutputStream out) throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        try (JsonGenerator json = JsonReport.generator(out)) {
            json.writeStartArray();
            for (Finding finding : result.findings()) {
                if (!finding.counts()) {
                    continue;
                }
                // keyed by the digest: a finding's own fingerprint may hold a very long name
                String digest = fingerprint(finding.fingerprint(), 1);
                int occurrence = seen.merge(digest, 1, Integer::sum);
                json.writeStartObject();
                json.writeStringField("type", "issue");
                json.writeStringField("check_name", finding.rule().id());
                json.writeStringField("description",
                        finding.rule().id() + " " + finding.rule().name() + ": " + Inert.message(finding.message()));
                json.writeStringField("severity", severity(finding.severity()));
                json.writeStringField("fingerprint", occurrence == 1 ? digest : fingerprint(digest, occurrence));
                json.writeObjectFieldStart("location");
                json.writeStringField("path", Inert.visible(finding.location().file()));
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", finding.location().line());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    /** GitLab's scale is info, minor, major, critical, blocker; an error is what a security gate blocks on. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "minor";
            case INFO -> "info";
        };
    }

    /**
     * A hex digest of the finding's fingerprint; the second and later findings with one fingerprint (one
     * object declared twice, say) get their own, so that GitLab lists each of them.
     */
    static String fingerprint(String findingFingerprint, int occurrence) {
        String text = occurrence == 1 ? findingFingerprint : findingFingerprint + "\n" + occurrence;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
