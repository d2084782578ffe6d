package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.Severity;
import io.mailguard.model.Topology;
import java.util.List;

/** MG010: an anonymous-access exception past its {@code expires} date; expiring today is still valid. */
final class ExceptionExpiredRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("MG010", "exception-expired", Severity.ERROR,
            "An anonymousAccessException or a suppression is past its expires date.",
            "");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<Finding> check(Topology topology, RuleContext context) {
        return topology.endpoints().stream()
                .filter(vs -> vs.anonymousAccessException() != null
                        && (vs.anonymousAccessException().expiredOn(context.today())
                                || vs.anonymousAccessException().expires().isInvalid()))
                .map(vs -> vs.anonymousAccessException().expires().isInvalid()
                        ? Findings.undecided(DESCRIPTOR, topology, vs.name(),
                                vs.source().location("anonymousAccessException/expires"), "anonymousAccessException.expires",
                                "whether the anonymousAccessException of " + vs.name() + " has expired",
                                vs.anonymousAccessException().expires().invalid(), "a date such as 2027-06-30")
                        : Findings.of(DESCRIPTOR, topology, vs.name(),
                                vs.source().location("anonymousAccessException/expires"), "anonymousAccessException.expires",
                                String.format("the anonymousAccessException of %s, approved by %s, expired on %s; turn "
                                        + "anonymous access off, or have the exception approved again with a new expires date",
                                        vs.name(), vs.anonymousAccessException().approvedBy().or("no one"),
                                        vs.anonymousAccessException().expires().value())))
                .toList();
    }
}
