package io.mailguard.rules;

import io.mailguard.Finding;
import io.mailguard.RuleDescriptor;
import io.mailguard.model.Topology;
import java.util.List;

/** A check over one organization's topology. Rules hold no state and report by returning findings. */
public interface Rule {

    RuleDescriptor descriptor();

    List<Finding> check(Topology topology, RuleContext context);
}
