package dev.converge.source.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.converge.error.DesiredStateException;
import dev.converge.source.SourceFile;

/**
 * Reads the desired-state files of a git revision ({@link GitRevisionPath}) straight from the repository's object
 * database with JGit: nothing is checked out, the working tree is not touched, and no git binary is needed (the
 * container image has none). The files are chosen and ordered exactly as {@link DesiredFiles} chooses and orders
 * them on disk, so {@code git:HEAD:schema} and {@code schema/} of a clean checkout load the same statements in the
 * same order (and share their cache entry). Each file is named {@code git:REV:repo/relative/path} in messages and
 * reports, which is what {@code git show} accepts.
 */
public final class GitDesiredFiles {

    private GitDesiredFiles() {
    }

    /**
     * @param selects which files of a directory belong to the desired state (by file name)
     * @throws DesiredStateException when there is no repository, no such revision, or no such path in it
     */
    public static List<SourceFile> discover(GitRevisionPath spec, Predicate<String> selects) {
        try (Repository repository = open(spec)) {
            String relative = relativePath(spec, repository);
            RevCommit commit = commit(spec, repository);
            try (TreeWalk walk = relative.isEmpty() ? new TreeWalk(repository)
                    : TreeWalk.forPath(repository, relative, commit.getTree())) {
                if (walk == null) {
                    throw new DesiredStateException(spec.text() + ": no file or directory '" + relative
                            + "' in revision " + spec.revision() + " (commit " + abbreviate(commit) + "); check the "
                            + "path, which is relative to " + (relative.isEmpty() ? "" : "the directory converge "
                            + "runs in (or converge.yaml's), ") + "like a plain desired-state path");
                }
                if (relative.isEmpty()) {
                    walk.addTree(commit.getTree());
                    return directory(spec, repository, walk, "", selects);
                }
                if (walk.getFileMode(0).getObjectType() == org.eclipse.jgit.lib.Constants.OBJ_TREE) {
                    try (TreeWalk inside = new TreeWalk(repository)) {
                        inside.addTree(walk.getObjectId(0));
                        return directory(spec, repository, inside, relative + "/", selects);
                    }
                }
                return List.of(blob(spec, repository, walk.getObjectId(0), walk.getFileMode(0), relative));
            }
        } catch (IOException e) {
            throw new DesiredStateException(spec.text() + ": cannot read the git repository: " + e.getMessage());
        }
    }

    private static Repository open(GitRevisionPath spec) throws IOException {
        Path start = spec.location();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            throw new DesiredStateException(spec.text() + ": " + start + " is not inside a git repository (git: "
                    + "reads a revision of the repository that encloses the desired-state path)");
        }
        return builder.setMustExist(true).build();
    }

    /** PATH as the repository names it: relative to the top of the work tree, with forward slashes. */
    private static String relativePath(GitRevisionPath spec, Repository repository) {
        if (repository.isBare()) {
            throw new DesiredStateException(spec.text() + ": the repository at " + repository.getDirectory()
                    + " is bare (it has no work tree that the path could be relative to)");
        }
        Path top = repository.getWorkTree().toPath().toAbsolutePath().normalize();
        Path location = realIfPossible(spec.location(), top);
        if (!location.startsWith(top)) {
            throw new DesiredStateException(spec.text() + ": " + spec.location() + " is outside the repository "
                    + top);
        }
        return top.relativize(location).toString().replace(File.separatorChar, '/');
    }

    /**
     * The work tree comes back with symbolic links resolved; a location that exists is resolved too (so /tmp and
     * /private/tmp agree), one that does not (a directory deleted since the revision) is taken as written.
     */
    private static Path realIfPossible(Path location, Path top) {
        try {
            Path real = location.toRealPath();
            return real.startsWith(top) || !location.startsWith(top) ? real : location;
        } catch (IOException e) {
            Path parent = location.getParent();
            if (parent == null || parent.equals(location)) {
                return location;
            }
            return realIfPossible(parent, top).resolve(location.getFileName());
        }
    }

    private static RevCommit commit(GitRevisionPath spec, Repository repository) throws IOException {
        ObjectId id;
        try {
            id = repository.resolve(spec.revision() + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new DesiredStateException(spec.text() + ": revision '" + spec.revision() + "' is ambiguous ("
                    + e.getCandidates().size() + " objects start with it); give more digits of the commit");
        } catch (RevisionSyntaxException e) {
            throw new DesiredStateException(spec.text() + ": '" + spec.revision() + "' is not a valid git "
                    + "revision");
        }
        if (id == null) {
            throw new DesiredStateException(spec.text() + ": no revision '" + spec.revision() + "' in the "
                    + "repository at " + repository.getWorkTree() + " (a tag, branch or commit; a branch that "
                    + "is only on the remote is origin/" + spec.revision() + "; a shallow CI checkout must fetch "
                    + "it first, e.g. git fetch origin " + spec.revision() + ")");
        }
        try (RevWalk revWalk = new RevWalk(repository)) {
            return revWalk.parseCommit(id);
        }
    }

    private static List<SourceFile> directory(GitRevisionPath spec, Repository repository, TreeWalk walk,
                                              String prefix, Predicate<String> selects) throws IOException {
        walk.setRecursive(true);
        record Entry(String path, ObjectId id, FileMode mode) {
        }
        List<Entry> entries = new ArrayList<>();
        while (walk.next()) {
            if (selects.test(walk.getNameString()) && walk.getFileMode(0).getObjectType()
                    == org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
                entries.add(new Entry(walk.getPathString(), walk.getObjectId(0), walk.getFileMode(0)));
            }
        }
        // The order DesiredFiles uses on disk (relative path as text), not git's tree order, which sorts a
        // directory as if its name ended in '/'.
        entries.sort(Comparator.comparing(Entry::path));
        List<SourceFile> files = new ArrayList<>();
        for (Entry entry : entries) {
            files.add(blob(spec, repository, entry.id(), entry.mode(), prefix + entry.path()));
        }
        return files;
    }

    private static SourceFile blob(GitRevisionPath spec, Repository repository, ObjectId id, FileMode mode,
                                   String path) throws IOException {
        String name = GitRevisionPath.PREFIX + spec.revision() + ":" + path;
        if (mode == FileMode.SYMLINK) {
            throw new DesiredStateException(name + ": a symbolic link in revision " + spec.revision() + "; links "
                    + "are not followed inside a revision: name the file it points to");
        }
        byte[] bytes = repository.open(id).getBytes();
        return SourceFile.decoded(Path.of(path), name, bytes);
    }

    private static String abbreviate(RevCommit commit) {
        return commit.getId().abbreviate(10).name();
    }
}
