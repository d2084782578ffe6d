package io.mailguard.policy;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import io.mailguard.model.Address;
import io.mailguard.model.IpRange;
import io.mailguard.model.RelayScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The functions CEL policies have for mail, on addresses as the configuration writes them (an address,
 * a CIDR range, or Exchange's {@code a-b} range): whether one lies inside another, whether a list stays
 * inside allowed ranges, whether it holds public addresses, and how broad MailGuard judges it (SPEC §6.5).
 * Text that is no address is an evaluation error, so the policy reports that it could not evaluate.
 */
final class MailFunctions {

    private static final ListType TEXTS = ListType.create(SimpleType.STRING);

    /** Each text parsed once per check: the same hosts and allowed ranges come back for every object. */
    private final Map<String, List<IpRange>> parsed = new ConcurrentHashMap<>();

    /** What the type checker knows of them. */
    static List<CelFunctionDecl> declarations() {
        return List.of(
                CelFunctionDecl.newFunctionDeclaration("inRange", CelOverloadDecl.newGlobalOverload("inRange_string_string",
                        "true when every address of the first lies in the second", SimpleType.BOOL, SimpleType.STRING,
                        SimpleType.STRING)),
                CelFunctionDecl.newFunctionDeclaration("within", CelOverloadDecl.newGlobalOverload("within_list_list",
                        "true when every address or range of the first list lies in one range of the second",
                        SimpleType.BOOL, TEXTS, TEXTS)),
                CelFunctionDecl.newFunctionDeclaration("hasPublic", CelOverloadDecl.newGlobalOverload("hasPublic_list",
                        "true when some address of the list is public (neither private nor loopback)", SimpleType.BOOL,
                        TEXTS)),
                CelFunctionDecl.newFunctionDeclaration("breadth", CelOverloadDecl.newGlobalOverload("breadth_list",
                        "internet-wide, broad or narrow, as MailGuard judges a relay scope", SimpleType.STRING, TEXTS)));
    }

    /** What the runtime runs for them. */
    List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("inRange_string_string", String.class, String.class,
                        (address, range) -> within(ranges(address), ranges(range))),
                CelFunctionBinding.from("within_list_list", List.class, List.class,
                        (some, allowed) -> within(ranges(some), ranges(allowed))),
                CelFunctionBinding.from("hasPublic_list", List.class, list -> RelayScope.hasPublic(ranges(list))),
                CelFunctionBinding.from("breadth_list", List.class,
                        list -> RelayScope.judge(ranges(list)).breadth().name().toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    private static boolean within(List<IpRange> some, List<IpRange> allowed) {
        return some.stream().allMatch(range -> allowed.stream().anyMatch(block -> block.contains(range)));
    }

    private List<IpRange> ranges(List<?> texts) throws CelEvaluationException {
        List<IpRange> ranges = new ArrayList<>();
        for (Object text : texts) {
            ranges.addAll(ranges(String.valueOf(text)));
        }
        return ranges;
    }

    private List<IpRange> ranges(String text) throws CelEvaluationException {
        List<IpRange> ranges = parsed.computeIfAbsent(text, written -> Address.exchange(written).ranges());
        if (ranges.isEmpty()) {
            throw new CelEvaluationException("`" + text + "` is not an IP address, CIDR range or a-b range");
        }
        return ranges;
    }
}
