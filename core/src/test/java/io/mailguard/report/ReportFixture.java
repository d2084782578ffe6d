package io.mailguard.report;

import io.mailguard.CheckResult;
import io.mailguard.FailOn;
import io.mailguard.Finding;
import io.mailguard.Severity;
import io.mailguard.Suppression;
import io.mailguard.check.CheckRequest;
import io.mailguard.check.MailGuard;
import io.mailguard.check.SeverityOverrides;
import io.mailguard.load.LoadLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A real check of a small project with errors, a warning, an info and suppressed findings, some of
 * whose text is hostile HTML: what every report test writes.
 */
final class ReportFixture {

    static final String SCRIPT = "<script>alert(1)</script>";

    static final String HUB = """
            apiVersion: mailguard/v1
            organization: contoso

            servers:
              - name: EXCH02
                product: exchange-2003
                mailboxes: 350
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
                    bindings:
                      - address: 10.1.0.12
                        port: 25
                    authentication:
                      anonymous: false
                      integratedWindows: true
              - name: EXCH02
                product: exchange-2003
                mailboxes: 10
            """;

    static final String EDGE = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH01
                product: exchange-2003
                mailboxes: 0
                smtpVirtualServers:
                  - name: Internet SMTP
                    role: internet-gateway
                    bindings:
                      - address: 192.0.2.10
                        port: 25
                    authentication:
                      anonymous: false
                      integratedWindows: yes
                    "<script>alert(1)</script>": true
            """;

    static final String CLEAN = """
            apiVersion: mailguard/v1
            organization: contoso
            accountPolicy:
              guestAccount: disabled
            """;

    static final String BROKEN = """
            apiVersion: mailguard/v1
            organization: contoso
            servers: [EXCH09
            """;

    private ReportFixture() {
    }

    /** The project's files, written into {@code projectDir} ({@code config/} holds three of them). */
    static List<Path> writeProject(Path projectDir) throws IOException {
        Path config = Files.createDirectories(projectDir.resolve("config"));
        return List.of(
                Files.writeString(config.resolve("hub.yaml"), HUB),
                Files.writeString(config.resolve("edge gateway.yaml"), EDGE),
                Files.writeString(config.resolve("relay.yaml"), BROKEN),
                Files.writeString(projectDir.resolve("clean.yaml"), CLEAN));
    }

    /** The engine's result on the project. */
    static CheckResult check(Path projectDir) throws IOException {
        List<Path> files = writeProject(projectDir);
        return new MailGuard().check(new CheckRequest(projectDir, files, FailOn.ERROR, SeverityOverrides.NONE,
                LocalDate.of(2026, 11, 27), LoadLimits.DEFAULT));
    }

    /**
     * The engine's result with every kind of finding: the first stays an error, the second becomes a
     * warning, the third info, the fourth is suppressed in source, the fifth in the suppression file;
     * the first message carries a script tag.
     */
    static CheckResult mixed(Path projectDir) throws IOException {
        return transform(check(projectDir), List.of(
                f -> withMessage(f, f.message() + " " + SCRIPT),
                f -> f.withSeverity(Severity.WARNING),
                f -> f.withSeverity(Severity.INFO),
                f -> f.suppressedBy(new Suppression(Suppression.Kind.IN_SOURCE, "planned, ticket " + SCRIPT)),
                f -> f.suppressedBy(new Suppression(Suppression.Kind.EXTERNAL, "accepted risk"))));
    }

    /** {@link #mixed} where the last finding is in the baseline instead. */
    static CheckResult baselined(Path projectDir) throws IOException {
        CheckResult mixed = mixed(projectDir);
        List<Finding> findings = new ArrayList<>(mixed.findings());
        int last = findings.size() - 1;
        findings.set(last, findings.get(last).suppressedBy(new Suppression(Suppression.Kind.BASELINE, "baseline")));
        return new CheckResult(findings, mixed.files(), mixed.servers(), mixed.virtualServers(), mixed.failOn(), 0,
                mixed.sourceLines());
    }

    private static CheckResult transform(CheckResult result, List<UnaryOperator<Finding>> changes) {
        if (result.findings().size() < changes.size()) {
            throw new IllegalStateException("the fixture expects at least " + changes.size()
                    + " findings, the engine gave " + result.findings());
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        for (int i = 0; i < changes.size(); i++) {
            findings.set(i, changes.get(i).apply(findings.get(i)));
        }
        return new CheckResult(findings, result.files(), result.servers(), result.virtualServers(), result.failOn(), 0,
                result.sourceLines());
    }

    private static Finding withMessage(Finding f, String message) {
        return new Finding(f.rule(), f.severity(), f.location(), f.organization(), f.object(), f.property(), message,
                f.suppression());
    }
}
