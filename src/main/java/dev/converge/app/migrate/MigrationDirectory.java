package dev.converge.app.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.converge.source.SourceFile;

/**
 * A directory of versioned migrations: its files (relative names with forward slashes, sorted; hidden files and
 * the integrity file left out), read as strict UTF-8, and named in messages as the user gave the directory.
 */
public final class MigrationDirectory {

    private final Path path;

    public MigrationDirectory(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** How messages name a file of the directory: {@code migrations/V7__add_orders.sql}. */
    public String display(String file) {
        String dir = path.toString();
        return (dir.isEmpty() || dir.equals(".") ? "" : dir.endsWith("/") ? dir : dir + "/") + file;
    }

    public boolean exists() {
        return Files.isDirectory(path);
    }

    /** Every file of the directory, recursively, except hidden ones and the integrity file; empty when absent. */
    public List<String> files() {
        if (!Files.exists(path)) {
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            throw new MigrationDirectoryException(path + ": not a directory (--dir names the migration directory)");
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> path.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !hidden(name) && !name.equals(IntegrityFile.NAME))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationDirectoryException(path + ": cannot list the migration directory: " + e.getMessage());
        }
    }

    private static boolean hidden(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    public byte[] bytes(String file) {
        try {
            return Files.readAllBytes(path.resolve(file));
        } catch (IOException e) {
            throw new MigrationDirectoryException(display(file) + ": cannot read: " + e.getMessage());
        }
    }

    /** A file's text, decoded as strictly as desired-state files are (UTF-8, no NUL bytes). */
    public String text(String file) {
        return SourceFile.decoded(path.resolve(file), display(file), bytes(file)).content();
    }

    public boolean has(String file) {
        return Files.isRegularFile(path.resolve(file));
    }

    /** Writes the files of a new migration, creating the directory when needed. */
    public void write(List<WrittenFile> files) {
        try {
            Files.createDirectories(path);
            for (WrittenFile file : files) {
                Path target = path.resolve(file.name());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content());
            }
        } catch (IOException e) {
            throw new MigrationDirectoryException(path + ": cannot write the migration: " + e.getMessage());
        }
    }
}
