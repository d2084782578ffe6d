package io.mailguard.policy;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.RuleDescriptor;
import io.mailguard.UsageException;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.LoadResult;
import io.mailguard.load.YamlLoader;
import io.mailguard.model.SmtpEndpoint;
import io.mailguard.model.Source;
import io.mailguard.model.Topology;
import io.mailguard.model.TopologyBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compiled policies: each judges every object of its kind in a topology. {@code when} false skips the
 * object; {@code require} false is a finding at {@code at}; an expression that fails on an object (a value
 * absent there, a run-time type error) is a finding under the policy's id and severity that says it could
 * not evaluate, never a pass. Compiled once per check; objects are judged in parallel.
 */
public final class PolicyCheck {

    /** Checks nothing. */
    public static final PolicyCheck NONE = new PolicyCheck(List.of());

    private final List<Compiled> compiled;
    private final Map<String, RuleDescriptor> descriptors = new HashMap<>();

    private record Compiled(Policy policy, RuleDescriptor descriptor, CelRuntime.Program when, CelRuntime.Program require) {
    }

    private record Attempt(Compiled compiled, UsageException error) {
    }

    private PolicyCheck(List<Compiled> compiled) {
        this.compiled = List.copyOf(compiled);
        compiled.forEach(c -> descriptors.put(c.policy.id(), c.descriptor));
    }

    static PolicyCheck compile(List<Policy> policies) {
        if (policies.isEmpty()) {
            return NONE;
        }
        PolicyEnvironment environment = new PolicyEnvironment();
        // in parallel; the error reported is the first in the order defined, whichever thread met it first
        List<Attempt> attempts = policies.parallelStream().map(policy -> {
            try {
                environment.checkPath(policy, policy.definedAt());
                return new Attempt(new Compiled(policy, policy.descriptor(),
                        policy.when() == null ? null : environment.compile(policy, policy.when()),
                        environment.compile(policy, policy.require())), null);
            } catch (UsageException e) {
                return new Attempt(null, e);
            }
        }).toList();
        for (Attempt attempt : attempts) {
            if (attempt.error != null) {
                throw attempt.error;
            }
        }
        return new PolicyCheck(attempts.stream().map(Attempt::compiled).toList());
    }

    /** These policies and {@code more}, compiled apart (ids already told apart by {@link Policies}). */
    public PolicyCheck plus(PolicyCheck more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Compiled> all = new ArrayList<>(compiled);
        all.addAll(more.compiled);
        return new PolicyCheck(all);
    }

    /** True when there is no policy to check. */
    public boolean isEmpty() {
        return compiled.isEmpty();
    }

    /** The policies as reports show rules, in the order defined. */
    public List<RuleDescriptor> descriptors() {
        return compiled.stream().map(Compiled::descriptor).toList();
    }

    /** The policy with this id, as reports show a rule. */
    public Optional<RuleDescriptor> find(String id) {
        return Optional.ofNullable(descriptors.get(id));
    }

    /** Every policy's findings on one organization's topology. */
    public List<Finding> check(Topology topology) {
        return check(topology, compiled);
    }

    private static final Set<PolicyTarget> ON_SERVERS = EnumSet.of(PolicyTarget.SERVER, PolicyTarget.SMTP_VIRTUAL_SERVER,
            PolicyTarget.RECEIVE_CONNECTOR);

    /**
     * Servers, virtual servers and receive connectors are judged server by server, in parallel, each
     * server's values made and dropped in turn; the other kinds, few, all at once.
     */
    private static List<Finding> check(Topology topology, List<Compiled> policies) {
        Map<Source, SmtpEndpoint> endpoints = PolicyValues.endpoints(topology);
        Map<PolicyTarget, List<Compiled>> byTarget = new EnumMap<>(PolicyTarget.class);
        policies.forEach(policy -> byTarget.computeIfAbsent(policy.policy.appliesTo(), target -> new ArrayList<>()).add(policy));
        String organization = topology.organization();
        List<Finding> findings = new ArrayList<>();
        if (byTarget.keySet().stream().anyMatch(ON_SERVERS::contains)) {
            topology.servers().parallelStream().map(server -> {
                PolicyValues values = new PolicyValues(topology, endpoints);
                List<Finding> found = new ArrayList<>();
                byTarget.forEach((target, onTarget) -> {
                    if (ON_SERVERS.contains(target)) {
                        for (PolicyValues.Judged object : values.of(target, server)) {
                            onTarget.forEach(policy -> judge(policy, object, organization).ifPresent(found::add));
                        }
                    }
                });
                return found;
            }).toList().forEach(findings::addAll);
        }
        PolicyValues values = new PolicyValues(topology, endpoints);
        List<Map.Entry<Compiled, PolicyValues.Judged>> work = new ArrayList<>();
        byTarget.forEach((target, onTarget) -> {
            if (!ON_SERVERS.contains(target)) {
                for (PolicyValues.Judged object : values.of(target)) {
                    onTarget.forEach(policy -> work.add(Map.entry(policy, object)));
                }
            }
        });
        work.parallelStream().map(task -> judge(task.getKey(), task.getValue(), organization)).flatMap(Optional::stream)
                .toList().forEach(findings::add);
        return findings;
    }

    private static Optional<Finding> judge(Compiled policy, PolicyValues.Judged object, String organization) {
        // a resolver, not a map: CEL copies a map of variables on every evaluation
        CelVariableResolver variables = name -> Optional.ofNullable(switch (name) {
            case "self" -> object.self();
            case "server" -> object.server();
            case "organization" -> organization;
            default -> null;
        });
        String failed;
        try {
            if (policy.when != null && !Boolean.TRUE.equals(policy.when.eval(variables))) {
                return Optional.empty();
            }
            if (Boolean.TRUE.equals(policy.require.eval(variables))) {
                return Optional.empty();
            }
            failed = null;
        } catch (CelEvaluationException | RuntimeException e) {
            failed = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Policy definition = policy.policy;
        String server = object.server() == null ? "" : String.valueOf(object.server().get("name"));
        String message = failed == null
                ? definition.message().replace("{name}", object.name()).replace("{server}", server)
                        .replace("{organization}", organization)
                : "could not evaluate policy " + definition.id() + " on " + object.name() + ": " + failed
                        + "; a value it reads is absent or of another type here: write it, or guard the expression with has()";
        Location at = object.locate().apply(definition.at());
        return Optional.of(new Finding(policy.descriptor, definition.severity(), at, organization, object.name(),
                definition.at().replace('/', '.'), message, null));
    }

    /**
     * Runs every policy's examples: an {@code incorrect} example must give the policy's finding, a
     * {@code correct} one must give none.
     *
     * @return one located error per example that does not behave as stated
     */
    public List<UsageException> testExamples() {
        List<UsageException> failures = new ArrayList<>();
        YamlLoader loader = new YamlLoader(LoadLimits.DEFAULT);
        for (Compiled policy : compiled) {
            for (Policy.Example example : policy.policy.examples()) {
                String problem = problem(policy, example, loader);
                if (problem != null) {
                    failures.add(PolicyReader.located(example.at(), "policy " + policy.policy.id() + ": " + problem));
                }
            }
        }
        return failures;
    }

    /** What is wrong with one example, or {@code null} when it behaves as stated. */
    private static String problem(Compiled policy, Policy.Example example, YamlLoader loader) {
        String kind = example.incorrect() ? "incorrect" : "correct";
        LoadResult loaded = loader.load(example.yaml().getBytes(StandardCharsets.UTF_8), kind + " example");
        if (loaded.document() == null) {
            return "its " + kind + " example is not YAML MailGuard reads: " + loaded.findings().get(0).message();
        }
        TopologyBuilder builder = new TopologyBuilder();
        List<Finding> findings = TopologyBuilder.build(List.of(builder.read(loaded.document()))).stream()
                .flatMap(topology -> check(topology, List.of(policy)).stream())
                .toList();
        List<Finding> unevaluated = findings.stream().filter(f -> f.message().startsWith("could not evaluate")).toList();
        if (example.incorrect() && findings.size() == unevaluated.size()) {
            return "its incorrect example gives no " + policy.policy.id() + " finding"
                    + (unevaluated.isEmpty() ? " (does it declare a " + policy.policy.appliesTo().word() + " that `when` selects?)"
                            : ": " + unevaluated.get(0).message())
                    + "; make the example break the policy, or correct `require`";
        }
        if (!example.incorrect() && !findings.isEmpty()) {
            return "its correct example gives " + findings.size() + " " + policy.policy.id() + " finding"
                    + (findings.size() == 1 ? "" : "s") + " (" + findings.stream().map(Finding::message).limit(2)
                            .collect(Collectors.joining("; ")) + "); make the example meet the policy, or correct `require`";
        }
        return null;
    }
}
