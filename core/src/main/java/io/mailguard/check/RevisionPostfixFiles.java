package io.mailguard.check;

import io.mailguard.Location;
import io.mailguard.model.PostfixFiles;
import io.mailguard.postfix.PostfixConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A {@code postfix.configDirectory}'s {@code main.cf} and {@code master.cf} as a git revision held them, for the
 * earlier side of {@code newSince}: only regular files of that revision's tree inside the project are read.
 * Where the revision has no readable {@code main.cf} there, it declares no services, so every Postfix finding
 * of the working tree counts as new.
 */
final class RevisionPostfixFiles implements PostfixFiles {

    private final Path projectDir;
    private final String revision;
    private final long maxBytes;

    RevisionPostfixFiles(Path projectDir, String revision, long maxBytes) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.revision = revision;
        this.maxBytes = maxBytes;
    }

    @Override
    public Read read(String yamlFile, String directory, Location at) {
        PostfixDirectories.Folder resolved = PostfixDirectories.folder(projectDir, yamlFile, directory, at);
        if (resolved.refusal() != null) {
            return resolved.refusal();
        }
        Path folder = resolved.path();
        try (Repository repository = new FileRepositoryBuilder().readEnvironment().findGitDir(projectDir.toFile()).build();
                RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            ObjectId commit = repository.resolve(revision);
            if (commit == null) {
                return new Read(null, List.of());
            }
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            String shown = MailGuard.displayPath(projectDir, folder);
            String prefix = shown.isEmpty() ? "" : shown + "/";
            String mainCf = text(repository, reader, walk, commit, top, folder.resolve(PostfixConfig.MAIN_CF));
            if (mainCf == null) {
                return new Read(null, List.of());
            }
            String masterCf = text(repository, reader, walk, commit, top, folder.resolve(PostfixConfig.MASTER_CF));
            return new Read(PostfixConfig.parse(prefix + PostfixConfig.MAIN_CF, mainCf, prefix + PostfixConfig.MASTER_CF,
                    masterCf == null ? "" : masterCf), List.of());
        } catch (IOException | IllegalArgumentException e) {
            return new Read(null, List.of());
        }
    }

    /** A regular file's text at the revision, or {@code null} when it is absent, no regular file, or too large. */
    private String text(Repository repository, ObjectReader reader, RevWalk walk, ObjectId commit, Path top, Path file)
            throws IOException {
        if (!file.startsWith(top)) {
            return null;
        }
        String path = top.relativize(file).toString().replace('\\', '/');
        try (TreeWalk tree = TreeWalk.forPath(repository, path, walk.parseCommit(commit).getTree())) {
            if (tree == null || !tree.getFileMode(0).equals(FileMode.REGULAR_FILE)
                    && !tree.getFileMode(0).equals(FileMode.EXECUTABLE_FILE)) {
                return null;
            }
            if (reader.getObjectSize(tree.getObjectId(0), ObjectReader.OBJ_ANY) > maxBytes) {
                return null;
            }
            return new String(reader.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }
}
