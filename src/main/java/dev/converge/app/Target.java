package dev.converge.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.converge.connect.ConnectionSpec;

/**
 * What a plan, apply or drift run is about: the target database, the desired-state paths, the managed schemas
 * (empty: those the desired state uses), the server for the temporary dev database (null: the target's), and the
 * cache of normalised desired states (null: none, always load through the dev database).
 */
public record Target(ConnectionSpec database, List<Path> desired, Set<String> schemas, ConnectionSpec devServer,
                     DesiredStateCache cache) {

    /** Without a cache: every run loads the desired state through the dev database. */
    public Target(ConnectionSpec database, List<Path> desired, Set<String> schemas, ConnectionSpec devServer) {
        this(database, desired, schemas, devServer, null);
    }

    public Target {
        java.util.Objects.requireNonNull(database, "database");
        desired = List.copyOf(desired);
        schemas = Set.copyOf(schemas);
    }

    public ConnectionSpec devServerOrTarget() {
        return devServer != null ? devServer : database;
    }
}
