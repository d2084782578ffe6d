package io.mailguard.check;

import io.mailguard.CheckResult;
import io.mailguard.Finding;
import io.mailguard.InvalidSettingException;
import io.mailguard.Setting;
import io.mailguard.UsageException;
import io.mailguard.load.IgnoreComment;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlDocument;
import io.mailguard.load.YamlLoader;
import io.mailguard.model.PostfixFiles;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.Topology;
import io.mailguard.model.TopologyBuilder;
import io.mailguard.policy.Policies;
import io.mailguard.policy.Policy;
import io.mailguard.policy.PolicyCheck;
import io.mailguard.policy.PolicyReader;
import io.mailguard.rules.RuleCatalogue;
import io.mailguard.rules.RuleContext;
import io.mailguard.schema.SchemaValidator;
import io.mailguard.suppress.Baseline;
import io.mailguard.suppress.SuppressionStep;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The engine: files → load → schema → model → rules → suppressions → findings. One instance compiles
 * the schema once and may check many times, from many threads.
 */
public final class MailGuard {

    /** The order of every report: file, line, column, then rule. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);

    /** Compiled in the background from construction on, while the caller finds the files to check. */
    private final CompletableFuture<SchemaValidator> schema = CompletableFuture.supplyAsync(SchemaValidator::forConfiguration);

    /** Runs one check. */
    public CheckResult check(CheckRequest checkRequest) {
        YamlLoader loader = new YamlLoader(checkRequest.limits(), checkRequest.fastPaths());
        SafeReads reads = new SafeReads(checkRequest.projectDir(), checkRequest.limits().maxFileBytes());
        List<Finding> refused = new ArrayList<>();
        CheckRequest request = reads.withoutUnsafeFiles(checkRequest, refused);
        JudgedText judged = new JudgedText(reads);
        List<Input> inputs = request.files().stream()
                .map(path -> path.toAbsolutePath().normalize())
                .distinct()
                .map(path -> Input.onDisk(displayPath(request.projectDir(), path), path, reads, judged))
                .sorted(Comparator.comparing(Input::file))
                .toList();
        // the configured policies compile while the files load
        CompletableFuture<PolicyCheck> configured = request.policies().isEmpty() ? CompletableFuture.completedFuture(PolicyCheck.NONE)
                : CompletableFuture.supplyAsync(request.policies()::compile);
        Run run = run(inputs, loader, request, new PostfixDirectories(request.projectDir(), reads, judged),
                () -> joined(configured), true);

        for (String id : request.severities().policyIds()) {
            if (run.policies.find(id).isEmpty()) {
                throw new InvalidSettingException(Setting.SEVERITIES, id, Settings.UNKNOWN_RULE);
            }
        }
        CheckRequest.Accepted accepted = request.accepted();
        List<Baseline> baselines = new ArrayList<>();
        if (accepted.baseline() != null) {
            baselines.add(Baseline.read(accepted.baseline(), displayPath(request.projectDir(), accepted.baseline()), loader));
        }
        CheckRequest.NewSince newSince = accepted.newSince();
        if (newSince != null) {
            List<Input> before = RevisionReader.read(request.projectDir(), newSince.revision(), newSince.roots(),
                    newSince.includes(), newSince.excludes(), request.limits().maxFileBytes());
            // the working tree's policies judge both sides; the revision's Postfix files are read as it held them
            PostfixFiles thenPostfix = new RevisionPostfixFiles(request.projectDir(), newSince.revision(),
                    request.limits().maxFileBytes());
            SuppressionStep.Outcome then = suppress(run(before, loader, request, thenPostfix, () -> run.policies, false),
                    List.of(), loader, request);
            baselines.add(Baseline.of(then.findings(), "present at " + newSince.revision()));
        }
        SuppressionStep.Outcome outcome = suppress(run, baselines, loader, request);
        // severities are applied once, last, to every finding alike: a rule that is off is off everywhere
        List<Finding> findings = Stream.concat(outcome.findings().stream(), refused.stream())
                .map(request.severities()::apply)
                .flatMap(Optional::stream)
                .sorted(ORDER)
                .toList();
        return new CheckResult(findings, inputs.stream().map(Input::file).toList(), run.servers, run.virtualServers,
                request.failOn(), outcome.staleBaselineEntries(), judged.lines(findings),
                run.endpoints(SmtpEndpoint.Kind.RECEIVE_CONNECTOR), run.endpoints(SmtpEndpoint.Kind.POSTFIX_SERVICE));
    }

    /** The suppression step over one run, with the suppression file and the given baselines. */
    private static SuppressionStep.Outcome suppress(Run run, List<Baseline> baselines, YamlLoader loader, CheckRequest request) {
        Path file = request.accepted().suppressionFile();
        return SuppressionStep.apply(run.findings, run.ignoreComments, file,
                file == null ? null : displayPath(request.projectDir(), file), baselines, request.today(), loader,
                request.severities()::isOff, run.policies::find);
    }

    /**
     * Load, validate and run the rules and policies over some inputs; nothing suppressed or configured yet.
     *
     * @param configured the policies to judge with
     * @param readPolicies whether the policy files among the inputs add theirs
     */
    private Run run(List<Input> inputs, YamlLoader loader, CheckRequest request, PostfixFiles postfixFiles,
            Supplier<PolicyCheck> configured, boolean readPolicies) {
        TopologyBuilder builder = new TopologyBuilder(postfixFiles);
        List<FileOutcome> outcomes = inputs.parallelStream().map(input -> checkFile(loader, builder, input, readPolicies)).toList();
        List<Policy> found = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<TopologyBuilder.FilePart> parts = new ArrayList<>();
        List<IgnoreComment.InFile> ignoreComments = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            findings.addAll(outcome.findings());
            if (outcome.part() != null) {
                parts.add(outcome.part());
                findings.addAll(outcome.part().findings());
                ignoreComments.addAll(outcome.part().ignoreComments());
            }
            if (!outcome.ignoreComments().comments().isEmpty()) {
                ignoreComments.add(outcome.ignoreComments());
            }
            found.addAll(outcome.policies());
        }
        PolicyCheck policies = withFound(configured.get(), found, request);
        List<Topology> topologies = TopologyBuilder.build(parts);
        RuleContext context = new RuleContext(request.today());
        topologies.parallelStream()
                .map(topology -> {
                    List<Finding> judged = RuleCatalogue.check(topology, context);
                    return policies.isEmpty() ? judged : Stream.concat(judged.stream(), policies.check(topology).stream()).toList();
                })
                .toList()
                .forEach(findings::addAll);
        int servers = topologies.stream().mapToInt(t -> t.servers().size()).sum();
        int virtualServers = (int) topologies.stream().flatMap(Topology::virtualServers).count();
        Map<SmtpEndpoint.Kind, Long> endpoints = topologies.stream().flatMap(t -> t.endpoints().stream())
                .collect(Collectors.groupingBy(SmtpEndpoint::kind, Collectors.counting()));
        return new Run(findings, ignoreComments, servers, virtualServers, endpoints, policies);
    }

    /**
     * Loads and validates one file and reads its part of the model, valid parts and all, in one pass over
     * its tree; the tree is then dropped (the model keeps the positions it needs). A policy file (known by
     * its top level: {@code policies} and no {@code organization}) gives its policies instead, when
     * {@code readPolicies}.
     */
    private FileOutcome checkFile(YamlLoader loader, TopologyBuilder builder, Input input, boolean readPolicies) {
        LoadResult loaded;
        try {
            loaded = input.load(loader);
        } catch (UncheckedIOException e) {
            throw new UsageException(e.getMessage(), e);
        }
        YamlDocument document = loaded.document();
        if (document == null) {
            return new FileOutcome(loaded.findings(), null, new IgnoreComment.InFile(input.file(), List.of()), List.of());
        }
        IgnoreComment.InFile comments = new IgnoreComment.InFile(input.file(), document.ignoreComments());
        if (PolicyReader.isPolicyFile(document.root())) {
            return new FileOutcome(List.of(), null, comments, readPolicies ? PolicyReader.read(document) : List.of());
        }
        return new FileOutcome(schema.join().validate(document, loader.fastPaths()), builder.read(document), comments, List.of());
    }

    /** The configured policies and those of policy files among the inputs; an id defined twice is named here. */
    private static PolicyCheck withFound(PolicyCheck configured, List<Policy> found, CheckRequest request) {
        if (found.isEmpty()) {
            return configured;
        }
        List<Policy> all = request.policies().plusFiles(found).list();
        return configured.plus(Policies.of(all.subList(request.policies().list().size(), all.size())).compile());
    }

    /** The policies compiled in the background; their configuration error as it was thrown. */
    private static PolicyCheck joined(CompletableFuture<PolicyCheck> compiling) {
        try {
            return compiling.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The path findings name: relative to the project when inside it, with {@code /} separators. */
    static String displayPath(Path projectDir, Path file) {
        Path base = projectDir.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? relative(base, absolute) : absolute.toString()).replace('\\', '/');
    }

    /** {@code file} relative to {@code base}, which it is under: a cheap cut of the text. */
    static String relative(Path base, Path file) {
        String prefix = base.toString();
        String text = file.toString();
        if (prefix.isEmpty() || text.length() == prefix.length()) {
            return prefix.isEmpty() ? text : "";
        }
        return text.substring(prefix.endsWith(base.getFileSystem().getSeparator()) ? prefix.length() : prefix.length() + 1);
    }

    private record FileOutcome(List<Finding> findings, TopologyBuilder.FilePart part, IgnoreComment.InFile ignoreComments,
            List<Policy> policies) {
    }

    private record Run(List<Finding> findings, List<IgnoreComment.InFile> ignoreComments, int servers, int virtualServers,
            Map<SmtpEndpoint.Kind, Long> endpoints, PolicyCheck policies) {

        int endpoints(SmtpEndpoint.Kind kind) {
            return endpoints.getOrDefault(kind, 0L).intValue();
        }
    }
}
