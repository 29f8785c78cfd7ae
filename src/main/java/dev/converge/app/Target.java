package dev.converge.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.converge.connect.ConnectionSpec;

/**
 * What a plan, apply or drift run is about: the target database, the desired-state paths, the managed schemas
 * (empty: those the desired state uses) and the server for the temporary dev database (null: the target's).
 */
public record Target(ConnectionSpec database, List<Path> desired, Set<String> schemas, ConnectionSpec devServer) {

    public Target {
        java.util.Objects.requireNonNull(database, "database");
        desired = List.copyOf(desired);
        schemas = Set.copyOf(schemas);
    }

    public ConnectionSpec devServerOrTarget() {
        return devServer != null ? devServer : database;
    }
}
