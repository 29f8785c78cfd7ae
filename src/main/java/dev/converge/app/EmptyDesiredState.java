package dev.converge.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.converge.error.DesiredStateException;
import dev.converge.source.SourceFile;

/**
 * A desired state without a single statement would drop everything in the managed schemas. That is almost always
 * a wrong path (an empty folder, a folder of other files, a CI variable pointing nowhere), so plan, apply and drift
 * refuse it unless the user says it is meant ({@code --allow-empty-desired-state}). The message names every path
 * searched and what was found there, so the wrong one is obvious.
 */
final class EmptyDesiredState {

    private EmptyDesiredState() {
    }

    static DesiredStateException error(List<Path> paths, List<SourceFile> files) {
        String searched = paths.stream().map(path -> describe(path, files)).collect(Collectors.joining("; "));
        return new DesiredStateException("the desired state holds no statement: " + searched + ". Applied, it "
                + "would drop every object of the managed schemas: check --desired (or 'desired:' in "
                + "converge.yaml), or pass --allow-empty-desired-state to empty them on purpose");
    }

    private static String describe(Path path, List<SourceFile> files) {
        long read = files.stream().filter(file -> file.path().startsWith(path)).count();
        if (!Files.isDirectory(path)) {
            return path + " (" + (read == 0 ? "nothing read" : "comments only") + ")";
        }
        if (read > 0) {
            return path + "/ (" + plural(read, "file") + " of *.sql, *.yaml or *.yml, comments only)";
        }
        long others = otherFiles(path);
        return path + "/ (searched recursively for *.sql, *.yaml and *.yml: none"
                + (others > 0 ? "; it holds " + plural(others, "other file") : "; it is empty") + ")";
    }

    private static long otherFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
