package io.mailguard.model;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.load.IgnoreComment;
import io.mailguard.postfix.PostfixConfig;
import java.util.List;

/** Reads the {@code main.cf} and {@code master.cf} of a {@code postfix.configDirectory}, inside the project only. */
public interface PostfixFiles {

    /**
     * What reading one configuration directory gave.
     *
     * @param config the configuration, or {@code null} when it could not be read
     * @param findings why it could not be read (MG110, MG111), located at {@code configDirectory}
     */
    record Read(PostfixConfig config, List<Finding> findings) {

        public Read {
            findings = List.copyOf(findings);
        }

        /** The suppression comments of the files read. */
        public List<IgnoreComment.InFile> ignoreComments() {
            return config == null ? List.of() : config.ignoreComments();
        }
    }

    /**
     * Reads the configuration directory a YAML file names.
     *
     * @param yamlFile the YAML file, as findings name it
     * @param directory the directory as written there, relative to that file
     * @param at where {@code configDirectory}'s value is written
     */
    Read read(String yamlFile, String directory, Location at);

    /**
     * Reads nothing: a check of an earlier revision, whose Postfix files are not at hand, sees no configuration
     * there (so every Postfix finding of the working tree counts as new).
     */
    PostfixFiles NONE = (yamlFile, directory, at) -> new Read(null, List.of());
}
