package io.mailguard.gradle;

import org.gradle.api.Plugin;
import org.gradle.api.Project;
import org.gradle.language.base.plugins.LifecycleBasePlugin;

/**
 * The {@code io.mailguard} plugin: adds the {@code mailguard { }} settings and the {@code mailguardCheck}
 * task, which {@code check} runs.
 */
public class MailGuardPlugin implements Plugin<Project> {

    /** The name of the settings block, {@code mailguard { }}. */
    public static final String EXTENSION_NAME = "mailguard";

    /** The configuration whose jars are policy packs ({@code META-INF/mailguard/policies/*.yaml}). */
    public static final String POLICIES_CONFIGURATION = "mailguardPolicies";

    /** The name of the task that checks the configuration. */
    public static final String TASK_NAME = "mailguardCheck";

    @Override
    public void apply(Project project) {
        project.getPluginManager().apply(LifecycleBasePlugin.class);
        MailGuardExtension settings = project.getExtensions().create(EXTENSION_NAME, MailGuardExtension.class, project);
        project.getConfigurations().create(POLICIES_CONFIGURATION, packs -> {
            packs.setVisible(false);
            packs.setTransitive(false);
            packs.setDescription("Policy packs: jars holding META-INF/mailguard/policies/*.yaml, for mailguardCheck.");
        });
        MailGuardCheck task = project.getTasks().create(TASK_NAME, MailGuardCheck.class);
        task.setGroup(LifecycleBasePlugin.VERIFICATION_GROUP);
        task.setDescription("Checks the mail-server configuration under mailguard.sourceDirectory and writes the reports.");
        task.use(settings, project);
        // a pre-merge check compares with a git revision, which a branch name does not pin
        task.getOutputs().upToDateWhen(t -> !settings.isPreMerge());
        task.getOutputs().doNotCacheIf("newSince compares with a git revision that may move", t -> settings.isPreMerge());
        project.getTasks().getByName(LifecycleBasePlugin.CHECK_TASK_NAME).dependsOn(task);
    }
}
