package io.mailguard.maven;

import io.mailguard.RuleDescriptor;
import io.mailguard.rules.RuleCatalogue;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists MailGuard's rule catalogue: id, default severity, name and what each rule checks.
 *
 * @since 1.0.0
 */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {

    @Override
    public void execute() {
        for (RuleDescriptor rule : RuleCatalogue.descriptors()) {
            getLog().info(io.mailguard.report.RuleList.line(rule));
        }
    }
}
