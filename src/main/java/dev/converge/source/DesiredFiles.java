package dev.converge.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import dev.converge.error.DesiredStateException;
import dev.converge.source.git.GitDesiredFiles;
import dev.converge.source.git.GitRevisionPath;
import dev.converge.source.yaml.YamlDesiredState;

/**
 * Finds and reads the files of the desired state. Order is deterministic (directories are read in path order)
 * so that two runs over the same files load the same statements in the same order, and any error is the same.
 */
public final class DesiredFiles {

    private DesiredFiles() {
    }

    /**
     * The files named by {@code paths}, in the order given: a file is read whatever its extension; a directory
     * contributes its {@code *.sql}, {@code *.yaml} and {@code *.yml} files, recursively, sorted by relative path. A file reached twice is read
     * once, where it is first reached. Decoding is strict UTF-8 (a leading byte-order mark is dropped). A path
     * {@code git:REV[:PATH]} reads the same files of a git revision instead ({@link GitRevisionPath}).
     *
     * @throws DesiredStateException naming the file for a missing path, an unreadable file, invalid UTF-8 or a
     *     binary file (one with NUL bytes)
     */
    public static List<SourceFile> discover(List<Path> paths) {
        List<SourceFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path path : paths) {
            if (GitRevisionPath.isGit(path)) {
                for (SourceFile file : GitDesiredFiles.discover(GitRevisionPath.parse(path),
                        DesiredFiles::isDesiredState)) {
                    if (seen.add(Path.of(file.displayName()))) {
                        files.add(file);
                    }
                }
                continue;
            }
            for (Path file : expand(path)) {
                if (seen.add(identity(file))) {
                    files.add(read(file));
                }
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> expand(Path path) {
        if (Files.isDirectory(path)) {
            return sqlFilesUnder(path);
        }
        if (!Files.exists(path)) {
            throw new DesiredStateException(path + ": no such file or directory (check the desired-state path)");
        }
        return List.of(path);
    }

    private static List<Path> sqlFilesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> isDesiredState(p.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing((Path p) -> relativeKey(dir, p)))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new DesiredStateException(dir + ": cannot read directory: " + describe(e));
        }
    }

    private static boolean isDesiredState(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".sql") || YamlDesiredState.isYaml(fileName);
    }

    /** Separators are normalised so that the order is the same on every platform. */
    private static String relativeKey(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static SourceFile read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DesiredStateException(name + ": cannot read file: " + describe(e));
        }
        return SourceFile.decoded(file, name, bytes);
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        // the message only: a class name means nothing to a user
        return cause.getMessage() == null ? "read error" : cause.getMessage();
    }
}
