package io.mailguard.maven;

import io.mailguard.load.LoadLimits;
import io.mailguard.policy.Policies;
import io.mailguard.policy.PolicyFiles;
import io.mailguard.report.Inert;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Tests the project's own policies, as MailGuard's catalogue test tests its rules: every policy (from
 * the source directory, {@code mailguard-policies.yaml}, the {@code policies} parameter and the packs on
 * this plugin's dependencies) must compile, and each of its examples must behave as stated — an
 * {@code incorrect} example gives the policy's finding, a {@code correct} one does not. A policy that does
 * not compile fails with {@code MojoExecutionException}; an example that misbehaves with
 * {@code MojoFailureException}.
 *
 * @since 2.0.0
 */
@Mojo(name = "policies-test", defaultPhase = LifecyclePhase.TEST, threadSafe = true)
public class PoliciesTestMojo extends AbstractMailGuardMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        inMavenTerms(() -> {
            List<Path> files = new ArrayList<>(policyFiles());
            if (sourceDirectory.isDirectory()) {
                files.add(sourceDirectory.toPath());
            }
            Policies found = PolicyFiles.read(baseDirectory.toPath(), files, policyPacks(), LoadLimits.DEFAULT);
            Policies.ExampleRun run = found.testExamples();
            run.untested().forEach(untested -> getLog().warn(Inert.consoleLine(untested)));
            run.failures().forEach(failure -> getLog().error(Inert.consoleLine(failure)));
            String summary = "MailGuard policies: " + run.summary();
            if (!run.passed()) {
                throw new MojoFailureException(summary + "; see the errors above");
            }
            getLog().info(summary);
            return null;
        });
    }
}
