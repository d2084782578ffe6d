package io.mailguard.policy;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.EnumMap;
import java.util.Map;

/**
 * The CEL environment policies are compiled in, one per check: for each kind of object, {@code self} of
 * that kind's declared type, {@code server} (where the kind belongs to a server), {@code organization},
 * CEL's standard functions and macros, its string and set extensions, and {@link MailFunctions}. Policies
 * compile from many threads; compiled programs are immutable and evaluated from many threads.
 */
final class PolicyEnvironment {

    private static final CelOptions OPTIONS = CelOptions.current().build();

    private final PolicyTypes types = PolicyTypes.fromSchema();
    private final Map<PolicyTarget, CelCompiler> compilers = new EnumMap<>(PolicyTarget.class);
    private final CelRuntime runtime = CelRuntimeFactory.standardCelRuntimeBuilder()
            .setOptions(OPTIONS)
            .addLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS))
            .addFunctionBindings(new MailFunctions().bindings())
            .build();

    /** The compiler for objects of {@code target}, built when a policy first needs it (each costs tens of milliseconds). */
    private CelCompiler compiler(PolicyTarget target) {
        synchronized (compilers) {
            return compilers.computeIfAbsent(target, kind -> {
                var builder = CelCompilerFactory.standardCelCompilerBuilder()
                        .setOptions(OPTIONS)
                        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                        .addLibraries(CelExtensions.strings(), CelExtensions.sets(OPTIONS))
                        .setTypeProvider(types)
                        .addVar("self", types.of(kind))
                        .addVar("organization", SimpleType.STRING)
                        .addFunctionDeclarations(MailFunctions.declarations())
                        .setResultType(SimpleType.BOOL);
                if (kind.onServer()) {
                    builder.addVar("server", types.of(PolicyTarget.SERVER));
                }
                return builder.build();
            });
        }
    }

    /** An expression compiled and type-checked for objects of {@code target}; a located configuration error otherwise. */
    CelRuntime.Program compile(Policy policy, Policy.Expression expression) {
        try {
            CelAbstractSyntaxTree ast = compiler(policy.appliesTo()).compile(expression.text()).getAst();
            return runtime.createProgram(ast);
        } catch (CelValidationException e) {
            CelIssue issue = e.getErrors().get(0);
            String hint = issue.getMessage().contains("undefined field") || issue.getMessage().contains("undeclared reference")
                    ? "; `self` is a " + policy.appliesTo().word() + " with the keys "
                            + String.join(", ", new java.util.TreeSet<>(types.of(policy.appliesTo()).fieldNames()))
                            + (policy.appliesTo().onServer() ? "; `server` and `organization` are defined too" : "; `organization` is defined too")
                    : "";
            throw PolicyReader.located(expression.at(), "policy " + policy.id() + ": `" + expression.field()
                    + "` does not compile: " + issue.getMessage() + " (line " + issue.getSourceLocation().getLine()
                    + ", column " + (issue.getSourceLocation().getColumn() + 1) + " of the expression)" + hint);
        } catch (CelEvaluationException e) {
            throw PolicyReader.located(expression.at(), "policy " + policy.id() + ": `" + expression.field()
                    + "` cannot be run: " + e.getMessage());
        }
    }

    /** Checks that {@code at} names a key the policy's objects may hold. */
    void checkPath(Policy policy, io.mailguard.Location where) {
        CelType type = types.of(policy.appliesTo());
        String walked = "";
        for (String step : policy.at().isEmpty() ? new String[0] : policy.at().split("/")) {
            CelType next = null;
            if (type instanceof StructType struct) {
                next = struct.findField(step).map(StructType.Field::type).orElse(null);
            } else if (type instanceof ListType list && step.chars().allMatch(Character::isDigit)) {
                next = list.elemType();
            } else if (type instanceof MapType map) {
                next = map.valueType();
            }
            if (next == null) {
                String keys = type instanceof StructType struct ? "; " + (walked.isEmpty() ? "a " + policy.appliesTo().word()
                        : walked) + " has the keys " + String.join(", ", new java.util.TreeSet<>(struct.fieldNames())) : "";
                throw PolicyReader.located(where, "policy " + policy.id() + ": at names `" + policy.at().replace('/', '.')
                        + "`, which a " + policy.appliesTo().word() + " does not have" + keys);
            }
            walked = walked.isEmpty() ? step : walked + "." + step;
            type = next;
        }
    }
}
