package io.mailguard.check;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.UsageException;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlLoader;
import io.mailguard.model.Topology;
import io.mailguard.model.TopologyBuilder;
import io.mailguard.rules.RuleCatalogue;
import io.mailguard.rules.RuleContext;
import io.mailguard.schema.SchemaValidator;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The engine: files → load → schema → model → rules → findings. One instance compiles the schema
 * once and may check many times, from many threads.
 */
public final class MailGuard {

    /** The order of every report: file, line, column, then rule. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    private final SchemaValidator schema = SchemaValidator.forConfiguration();

    /** Runs one check. */
    public CheckResult check(CheckRequest request) {
        YamlLoader loader = new YamlLoader(request.limits());
        List<FileOutcome> outcomes = request.files().stream()
                .map(path -> path.toAbsolutePath().normalize())
                .distinct()
                .sorted(Comparator.comparing(path -> displayPath(request.projectDir(), path)))
                .toList()
                .parallelStream()
                .map(path -> checkFile(loader, path, displayPath(request.projectDir(), path)))
                .toList();

        List<Finding> findings = new ArrayList<>();
        List<YamlDocument> valid = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            if (outcome.findings().isEmpty()) {
                valid.add(outcome.document());
            }
        }
        List<Topology> topologies = TopologyBuilder.build(valid);
        RuleContext context = new RuleContext(request.today());
        topologies.parallelStream()
                .map(topology -> RuleCatalogue.check(topology, context))
                .toList()
                .forEach(findings::addAll);

        List<Finding> configured = findings.stream()
                .map(request.severities()::apply)
                .flatMap(Optional::stream)
                .sorted(ORDER)
                .toList();
        int servers = topologies.stream().mapToInt(t -> t.servers().size()).sum();
        int virtualServers = (int) topologies.stream().flatMap(Topology::virtualServers).count();
        return new CheckResult(configured, outcomes.stream().map(FileOutcome::file).collect(Collectors.toList()),
                servers, virtualServers, request.failOn());
    }

    private FileOutcome checkFile(YamlLoader loader, Path path, String file) {
        LoadResult loaded;
        try {
            loaded = loader.load(path, file);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (loaded.document() == null) {
            return new FileOutcome(file, null, loaded.findings());
        }
        return new FileOutcome(file, loaded.document(), schema.validate(loaded.document()));
    }

    /** The path findings name: relative to the project when inside it, with {@code /} separators. */
    static String displayPath(Path projectDir, Path file) {
        Path base = projectDir.toAbsolutePath().normalize();
        Path shown = file.startsWith(base) ? base.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    private record FileOutcome(String file, YamlDocument document, List<Finding> findings) {
    }
}
