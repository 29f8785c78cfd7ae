package dev.converge.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.converge.connect.ConnectionSpec;

/** One side of {@code converge diff}: a live database, or desired-state files. */
public sealed interface DiffSource {

    /** A database, read with the catalog queries. */
    record Database(ConnectionSpec spec) implements DiffSource {
        public Database {
            Objects.requireNonNull(spec, "spec");
        }

        @Override
        public String toString() {
            return spec.toString();
        }
    }

    /** Desired-state files or directories, normalised through a dev database. */
    record Files(List<Path> paths) implements DiffSource {
        public Files {
            paths = List.copyOf(paths);
        }

        @Override
        public String toString() {
            return String.join(", ", paths.stream().map(Path::toString).toList());
        }
    }
}
