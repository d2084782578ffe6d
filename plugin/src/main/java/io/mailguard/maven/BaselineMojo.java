package io.mailguard.maven;

import io.mailguard.CheckResult;
import io.mailguard.check.MailGuard;
import io.mailguard.suppress.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the current findings to the baseline file, so that {@code check} fails only on findings
 * added after it: the way to adopt MailGuard on an existing topology.
 *
 * @since 1.0.0
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractMailGuardMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        inMavenTerms(() -> {
            CheckResult result = new MailGuard().check(settings().request());
            Baseline.write(baseline.toPath(), result.findings());
            getLog().info(String.format("MailGuard wrote %d finding(s) to the baseline %s; commit it, and `check` fails only on new ones.",
                    result.findings().stream().filter(f -> f.counts()).count(),
                    baseDirectory.toPath().toAbsolutePath().relativize(baseline.toPath().toAbsolutePath())));
            return null;
        });
    }
}
