package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Role;
import io.mailguard.model.Principals;
import io.mailguard.model.Topology;
import java.util.List;

/** MG007: an Internet bridgehead's declared Submit permission includes Everyone or Anonymous Logon. */
final class BridgeheadSubmissionsRestrictedRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG007", "bridgehead-submissions-restricted",
            Severity.ERROR,
            "An SMTP virtual server that accepts Internet mail grants Submit to neither Everyone nor Anonymous Logon.",
            "Do not restrict submissions on SMTP virtual servers that accept Internet mail.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        // an absent permissions.submit keeps Exchange's default, which does not restrict submissions
        return topology.virtualServers()
                .filter(vs -> vs.is(Role.INTERNET_BRIDGEHEAD) && vs.permissions().submit() != null
                        && Principals.indexOfAny(vs.permissions().submit(), Principals.UNAUTHENTICATED) < 0)
                .map(vs -> {
                    List<String> submit = vs.permissions().submit();
                    if (!Principals.unreadable(submit).isEmpty()) {
                        return Findings.of(DESCRIPTOR, topology, vs.objectName(), vs.source().location("permissions/submit"),
                                "permissions.submit", String.format("cannot tell whether %s, which accepts Internet mail, "
                                        + "grants Submit to Everyone: some entries of permissions.submit are not names; "
                                        + "write principals' names there, Everyone among them", vs.objectName()));
                    }
                    String granted = submit.isEmpty() ? "to no one" : "only to " + String.join(", ", submit);
                    return Findings.of(DESCRIPTOR, topology, vs.objectName(),
                            vs.source().location("permissions/submit"), "permissions.submit",
                            String.format("%s accepts Internet mail but grants Submit %s, so Internet servers "
                                    + "cannot deliver to it; add Everyone to permissions.submit", vs.objectName(), granted));
                })
                .toList();
    }
}
