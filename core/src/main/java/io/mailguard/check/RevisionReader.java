package io.mailguard.check;

import io.mailguard.Globs;
import io.mailguard.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Reads the source set as a git revision held it, with JGit: no {@code git} binary needed. */
final class RevisionReader {

    private RevisionReader() {
    }

    /**
     * The files under {@code roots} matching the globs, as revision {@code revision} held them.
     *
     * @throws UsageException when the project is not in a git repository or the revision is unknown
     */
    static List<Input> read(Path projectDir, String revision, List<Path> roots, List<String> includes,
            List<String> excludes, long maxFileBytes) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(projectDir.toFile());
        if (builder.getGitDir() == null) {
            throw new UsageException(projectDir + " is not in a git repository, so newSince cannot compare with '"
                    + revision + "'; run it in a clone, or leave newSince out");
        }
        try (Repository repository = builder.build()) {
            ObjectId commitId = repository.resolve(revision);
            if (commitId == null) {
                throw new UsageException("the git revision '" + revision + "' (newSince) is not known in this repository;"
                        + " name a branch, tag or commit (in CI, fetch it first: git fetch origin main)");
            }
            Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            Globs include = Globs.of(includes.isEmpty() ? SourceFiles.DEFAULT_INCLUDES : includes);
            Globs exclude = Globs.of(excludes);
            List<Input> inputs = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository);
                    ObjectReader reader = repository.newObjectReader()) {
                RevCommit commit = walk.parseCommit(commitId);
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    Path file = top.resolve(tree.getPathString()).normalize();
                    // a link or submodule in the tree is not a file of the revision: MailGuard reads no further
                    if (!tree.getFileMode(0).equals(FileMode.REGULAR_FILE) && !tree.getFileMode(0).equals(FileMode.EXECUTABLE_FILE)
                            || !wanted(file, roots, include, exclude)) {
                        continue;
                    }
                    long size = reader.getObjectSize(tree.getObjectId(0), ObjectReader.OBJ_ANY);
                    byte[] bytes = size > maxFileBytes ? null : reader.open(tree.getObjectId(0)).getBytes();
                    inputs.add(new Input(MailGuard.displayPath(projectDir, file), bytes, size));
                }
            }
            return inputs;
        } catch (IOException e) {
            throw new UsageException("cannot read revision '" + revision + "' of the git repository: " + e.getMessage(), e);
        }
    }

    private static boolean wanted(Path file, List<Path> roots, Globs include, Globs exclude) {
        for (Path root : roots) {
            Path base = root.toAbsolutePath().normalize();
            if (file.equals(base)) {
                return true;
            }
            if (file.startsWith(base)) {
                String relative = base.relativize(file).toString().replace('\\', '/');
                return include.matches(relative) && !exclude.matches(relative);
            }
        }
        return false;
    }
}
