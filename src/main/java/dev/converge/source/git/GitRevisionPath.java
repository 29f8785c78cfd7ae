package dev.converge.source.git;

import java.nio.file.Path;
import java.util.Objects;

import dev.converge.error.DesiredStateException;

/**
 * A desired state named as {@code git:REV[:PATH]}: the files under PATH as they are in revision REV (a tag, a
 * branch, a commit, or anything else git's revision syntax names, such as {@code main~2} or {@code origin/main}) of
 * the repository that encloses the directory PATH is relative to. PATH is relative to the working directory on the
 * command line and to the project file's directory in converge.yaml, exactly like a plain path in the same place,
 * so that {@code --from git:main:schema --to schema/} compares the same directory; without PATH, that directory
 * itself.
 *
 * <p>It travels through the code as a {@link Path} whose text starts with {@code git:} (every desired-state list is a
 * list of paths), and {@link #parse} takes it apart where the files are read.
 */
public record GitRevisionPath(String text, String revision, Path location) {

    public static final String PREFIX = "git:";

    public GitRevisionPath {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(location, "location");
    }

    /** Whether a desired-state path names a git revision rather than a file or directory. */
    public static boolean isGit(Path path) {
        return path.toString().startsWith(PREFIX);
    }

    /** Whether a desired-state entry as written (on the command line or in converge.yaml) names a git revision. */
    public static boolean isGit(String text) {
        return text.startsWith(PREFIX);
    }

    /**
     * The entry of converge.yaml with its PATH made absolute against the project file's directory, so that it
     * means the same whichever directory converge runs in.
     */
    public static Path resolveAgainst(Path base, String text) {
        GitRevisionPath parsed = parse(text, base);
        return Path.of(PREFIX + parsed.revision() + ":" + parsed.location());
    }

    /** {@link #parse(String, Path)} relative to the working directory. */
    public static GitRevisionPath parse(Path path) {
        return parse(path.toString(), Path.of("").toAbsolutePath());
    }

    /**
     * @param base the directory a relative PATH (and a missing one) is resolved against
     * @throws DesiredStateException for an empty revision
     */
    public static GitRevisionPath parse(String text, Path base) {
        String rest = text.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String revision = colon < 0 ? rest : rest.substring(0, colon);
        String path = colon < 0 ? "" : rest.substring(colon + 1);
        if (revision.isBlank()) {
            throw new DesiredStateException(text + ": no revision; write git:REV[:PATH], e.g. git:main:schema or "
                    + "git:v1.4.0:schema/");
        }
        Path location = path.isEmpty() ? base : base.resolve(path);
        return new GitRevisionPath(text, revision, location.toAbsolutePath().normalize());
    }
}
