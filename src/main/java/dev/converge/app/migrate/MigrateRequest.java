package dev.converge.app.migrate;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.converge.app.DesiredStateCache;
import dev.converge.app.EnvironmentResolver;
import dev.converge.connect.ConnectionSpec;
import dev.converge.diff.ObjectFilter;
import dev.converge.error.UsageException;
import dev.converge.source.config.ProjectConfig;

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

    /**
     * The request from the command line, the project file filling in what the flags leave out (its desired
     * state, managed schemas and include/exclude filter).
     *
     * @param configFile --config, or null to look for converge.yaml from the working directory
     */
    public static MigrateRequest resolve(Path configFile, MigrationDirectory directory, String format,
                                         List<Path> desired, List<String> schemas, ConnectionSpec devServer,
                                         boolean cache) {
        Optional<ProjectConfig> project = EnvironmentResolver.loadProject(configFile, Path.of(""));
        List<Path> paths = !desired.isEmpty() ? desired : project.map(ProjectConfig::desired).orElse(List.of());
        if (paths.isEmpty()) {
            throw new UsageException("no desired state: give --desired PATH, or 'desired:' in converge.yaml");
        }
        List<String> managed = !schemas.isEmpty() ? schemas : project.map(ProjectConfig::schemas).orElse(List.of());
        ObjectFilter filter = project.map(p -> new ObjectFilter(p.include(), p.exclude())).orElse(ObjectFilter.ALL);
        return new MigrateRequest(directory, format, paths, new LinkedHashSet<>(managed), devServer, filter,
                cache ? DesiredStateCache.inDefaultPlace() : null);
    }
}
