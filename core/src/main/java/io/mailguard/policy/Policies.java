package io.mailguard.policy;

import io.mailguard.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policies of one check, from wherever they come (policy files among the sources, the project's
 * {@code mailguard-policies.yaml}, the {@code policies} setting, policy packs), read but not yet compiled.
 * They add up; one id defined twice is a configuration error naming both places.
 */
public final class Policies {

    /** No policy at all. */
    public static final Policies NONE = new Policies(List.of());

    private final List<Policy> policies;

    private Policies(List<Policy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** These policies. */
    public static Policies of(List<Policy> policies) {
        return NONE.plus(policies);
    }

    /** These policies and {@code more}; an id already defined is an error naming both places. */
    public Policies plus(List<Policy> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, Policy> byId = new LinkedHashMap<>();
        policies.forEach(policy -> byId.put(policy.id(), policy));
        List<Policy> all = new ArrayList<>(policies);
        for (Policy policy : more) {
            Policy first = byId.putIfAbsent(policy.id(), policy);
            if (first != null) {
                throw PolicyReader.located(policy.definedAt(), "policy " + policy.id() + " is defined twice: here and at "
                        + first.definedAt() + "; give one of them another id");
            }
            all.add(policy);
        }
        return new Policies(all);
    }

    /**
     * These policies and those of policy files found among the checked files, except files these already
     * hold (the project's {@code mailguard-policies.yaml} is often among the sources too).
     */
    public Policies plusFiles(List<Policy> found) {
        java.util.Set<String> files = new java.util.HashSet<>();
        policies.forEach(policy -> files.add(policy.definedAt().file()));
        return plus(found.stream().filter(policy -> !files.contains(policy.definedAt().file())).toList());
    }

    /** Every policy, in the order found. */
    public List<Policy> list() {
        return policies;
    }

    /** True when there is none. */
    public boolean isEmpty() {
        return policies.isEmpty();
    }

    /**
     * The policies compiled and type-checked and their {@code at} paths checked, their examples not yet run
     * ({@link PolicyCheck#testExamples()} runs them).
     *
     * @throws UsageException located in the policy file, for the first policy that does not compile
     */
    public PolicyCheck compileWithoutExamples() {
        return PolicyCheck.compile(policies);
    }

    /**
     * What {@code mailguard policies test} and the {@code policies-test} goal report.
     *
     * @param failures each example that does not behave as stated, located
     * @param untested each policy without examples, located
     * @param summary one line: how many policies and examples, how many behave
     */
    public record ExampleRun(List<String> failures, List<String> untested, String summary) {

        /** True when every example behaves as stated. */
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * Compiles the policies and runs every example.
     *
     * @throws UsageException located in the policy file, for the first policy that does not compile
     */
    public ExampleRun testExamples() {
        List<String> failures = compileWithoutExamples().testExamples().stream().map(UsageException::getMessage).toList();
        List<String> untested = policies.stream().filter(policy -> policy.examples().isEmpty())
                .map(policy -> policy.definedAt() + ": policy " + policy.id() + " has no examples; add an incorrect and a correct one")
                .toList();
        int examples = policies.stream().mapToInt(policy -> policy.examples().size()).sum();
        String summary = policies.size() + " polic" + (policies.size() == 1 ? "y" : "ies") + ", " + examples + " example"
                + (examples == 1 ? "" : "s") + ": " + (examples - failures.size()) + " behave as stated, " + failures.size()
                + " do not" + (untested.isEmpty() ? "" : "; " + untested.size() + " without examples");
        return new ExampleRun(failures, untested, summary);
    }

    /**
     * The policies compiled and type-checked, their {@code at} paths checked and their examples run.
     *
     * @throws UsageException located in the policy file, for the first policy that does not compile or
     *     whose examples do not behave as stated
     */
    public PolicyCheck compile() {
        PolicyCheck check = compileWithoutExamples();
        check.testExamples().stream().findFirst().ifPresent(failure -> {
            throw failure;
        });
        return check;
    }
}
