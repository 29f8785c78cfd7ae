package dev.converge.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.converge.connect.ConnectionSpec;
import dev.converge.diff.ObjectFilter;

/**
 * What a plan, apply or drift run is about: the target database, the desired-state paths, the managed schemas
 * (empty: those the desired state uses), where the desired state is normalised (null: the default, see
 * {@link DevServers}), the
 * objects to leave alone (the project file's include/exclude patterns), the cache of normalised desired
 * states (null: none, always load through the dev database), and whether a desired state without a single
 * statement is accepted ({@code --allow-empty-desired-state}: it drops everything in the managed schemas, so by
 * default it is an error, the sign of a wrong path).
 */
public record Target(ConnectionSpec database, List<Path> desired, Set<String> schemas, DevServerChoice devServer,
                     ObjectFilter filter, DesiredStateCache cache, boolean emptyDesiredStateAllowed) {

    public Target(ConnectionSpec database, List<Path> desired, Set<String> schemas, DevServerChoice devServer,
                  ObjectFilter filter, DesiredStateCache cache) {
        this(database, desired, schemas, devServer, filter, cache, false);
    }

    public Target(ConnectionSpec database, List<Path> desired, Set<String> schemas, DevServerChoice devServer,
                  ObjectFilter filter) {
        this(database, desired, schemas, devServer, filter, null);
    }

    /** Without a cache: every run loads the desired state through the dev database. */
    public Target(ConnectionSpec database, List<Path> desired, Set<String> schemas, DevServerChoice devServer) {
        this(database, desired, schemas, devServer, ObjectFilter.ALL, null);
    }

    public Target withCache(DesiredStateCache newCache) {
        return new Target(database, desired, schemas, devServer, filter, newCache, emptyDesiredStateAllowed);
    }

    /** The same target, where an empty desired state means "empty the managed schemas" rather than a mistake. */
    public Target allowingEmptyDesiredState() {
        return new Target(database, desired, schemas, devServer, filter, cache, true);
    }

    public Target {
        java.util.Objects.requireNonNull(database, "database");
        desired = List.copyOf(desired);
        schemas = Set.copyOf(schemas);
        filter = filter == null ? ObjectFilter.ALL : filter;
        devServer = devServer == null ? DevServerChoice.DEFAULT : devServer;
    }

    /** Where to normalise for {@code --dev-db URL}: that server, or the default when null. */
    public static DevServerChoice devServerAt(ConnectionSpec server) {
        return server == null ? DevServerChoice.DEFAULT : new DevServerChoice.Server(server);
    }
}
