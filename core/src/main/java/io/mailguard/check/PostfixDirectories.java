package io.mailguard.check;

import io.mailguard.Finding;
import io.mailguard.Location;
import io.mailguard.Names;
import io.mailguard.Structural;
import io.mailguard.model.PostfixFiles;
import io.mailguard.postfix.PostfixConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a {@code postfix.configDirectory} through {@link SafeReads}: inside the project, regular files, within
 * the size limit; a directory or file that leaves the project is MG111 at {@code configDirectory}, and not one
 * byte of it is read.
 */
final class PostfixDirectories implements PostfixFiles {

    private final Path projectDir;
    private final SafeReads reads;
    private final JudgedText judged;

    PostfixDirectories(Path projectDir, SafeReads reads, JudgedText judged) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.reads = reads;
        this.judged = judged;
    }

    @Override
    public Read read(String yamlFile, String directory, Location at) {
        Folder resolved = folder(projectDir, yamlFile, directory, at);
        if (resolved.refusal() != null) {
            return resolved.refusal();
        }
        Path folder = resolved.path();
        String shown = MailGuard.displayPath(projectDir, folder);
        String[] texts = new String[2];
        String[] names = {PostfixConfig.MAIN_CF, PostfixConfig.MASTER_CF};
        for (int i = 0; i < names.length; i++) {
            Path file = folder.resolve(names[i]);
            String name = (shown.isEmpty() ? "" : shown + "/") + names[i];
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (i == 0) {
                    return refused(Structural.CONFIG_SYNTAX, at, "postfix.configDirectory `" + Names.shorten(directory)
                            + "` holds no main.cf (looked for " + Names.shorten(name) + "); name the folder that holds"
                            + " main.cf and master.cf, relative to this file");
                }
                texts[i] = "";
                continue;
            }
            SafeReads.Read read = reads.read(file, name);
            if (read instanceof SafeReads.Refused refusal) {
                return refused(Structural.UNSAFE_PATH, at, refusal.finding().message());
            }
            SafeReads.Bytes bytes = (SafeReads.Bytes) read;
            if (bytes.bytes() == null) {
                return refused(Structural.CONFIG_SYNTAX, at, Names.shorten(name) + " is " + bytes.size()
                        + " bytes, more than MailGuard reads in one file; keep main.cf and master.cf below the size limit");
            }
            judged.judged(name, file, bytes.bytes());
            texts[i] = new String(bytes.bytes(), StandardCharsets.UTF_8);
        }
        String prefix = shown.isEmpty() ? "" : shown + "/";
        return new Read(PostfixConfig.parse(prefix + names[0], texts[0], prefix + names[1], texts[1]), List.of());
    }

    /**
     * The folder a {@code configDirectory} names, relative to its YAML file; or, when it is no path or leaves the
     * project, the located finding that refuses it (nothing is read then).
     *
     * @param path the folder, or {@code null} when it is refused
     * @param refusal the refusal, or {@code null} when the folder may be read
     */
    record Folder(Path path, Read refusal) {
    }

    /** The folder {@code directory} names from {@code yamlFile}: see {@link Folder}. */
    static Folder folder(Path projectDir, String yamlFile, String directory, Location at) {
        Path folder;
        try {
            Path yaml = projectDir.resolve(yamlFile);
            folder = (yaml.getParent() == null ? projectDir : yaml.getParent()).resolve(directory).normalize();
        } catch (InvalidPathException e) {
            return new Folder(null, refused(Structural.SCHEMA, at, "postfix.configDirectory `" + Names.shorten(directory)
                    + "` is not a path; write the folder that holds main.cf and master.cf, relative to this file"));
        }
        if (!folder.startsWith(projectDir)) {
            return new Folder(null, refused(Structural.UNSAFE_PATH, at, "MailGuard does not read postfix.configDirectory `"
                    + Names.shorten(directory) + "`: it leaves the project; keep the Postfix files inside the project"));
        }
        return new Folder(folder, null);
    }

    private static Read refused(io.mailguard.RuleDescriptor rule, Location at, String message) {
        return new Read(null, List.of(Finding.inFile(rule, at, message)));
    }
}
