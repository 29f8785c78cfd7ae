package dev.converge.app.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.converge.app.DesiredStateCache;
import dev.converge.connect.ConnectionSpec;
import dev.converge.diff.ObjectFilter;

/**
 * What migrate diff and migrate check work on: the migration directory and its format (null: recognised from
 * its files), the desired state, the managed schemas (empty: those the desired state uses), the server for the
 * scratch databases, the project file's include/exclude filter, and the desired-state cache (null: none).
 */
public record MigrateRequest(MigrationDirectory directory, String format, List<Path> desired, Set<String> schemas,
                             ConnectionSpec devServer, ObjectFilter filter, DesiredStateCache cache) {

    public MigrateRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(devServer, "devServer");
        desired = List.copyOf(desired);
        schemas = Set.copyOf(schemas);
        filter = filter == null ? ObjectFilter.ALL : filter;
    }
}
