package dev.converge.source.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.converge.error.ConvergeException;
import dev.converge.error.FileProblem;
import dev.converge.source.write.DesiredStateFile;

/** Writes desired-state files under a directory, and tells which files already there were not rewritten. */
public final class DesiredStateDirectory {

    private DesiredStateDirectory() {
    }

    /**
     * Writes every file (creating directories, replacing files of the same name) and returns the other
     * {@code .sql}/{@code .yaml}/{@code .yml} files found under {@code directory}, sorted: they are still part of
     * the desired state when the directory is read, so the caller must warn about them.
     */
    public static List<Path> write(Path directory, List<DesiredStateFile> files) {
        try {
            Files.createDirectories(directory);
            for (DesiredStateFile file : files) {
                Path path = directory.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.content());
            }
            Set<Path> written = files.stream().map(f -> directory.resolve(f.path()).normalize())
                    .collect(Collectors.toSet());
            try (Stream<Path> all = Files.walk(directory)) {
                return all.filter(Files::isRegularFile)
                        .filter(p -> p.toString().matches(".*\\.(sql|ya?ml)$"))
                        .filter(p -> !written.contains(p.normalize()))
                        .sorted().toList();
            }
        } catch (IOException e) {
            throw new ConvergeException("writing the desired state to " + directory + ": " + FileProblem.describe(e), null, e);
        }
    }
}
