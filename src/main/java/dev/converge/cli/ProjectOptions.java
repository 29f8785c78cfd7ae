package dev.converge.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine.Option;

import dev.converge.app.EnvironmentResolver;
import dev.converge.connect.ConnectionSpec;
import dev.converge.source.config.ProjectConfig;

/**
 * {@code --env} and {@code --config} for the commands that read a database alone (inspect, history, backups,
 * diff), so that the database of converge.yaml's environment is named the same way as for plan and apply. The
 * project file is read only when one of them is given: these commands do not need one.
 */
final class ProjectOptions {

    @Option(names = {"-e", "--env"}, paramLabel = "NAME",
            description = "Environment of converge.yaml whose database to read (it must name one); --db overrides it.")
    String environment;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project file. Default: converge.yaml in the working directory or the nearest parent, up "
                    + "to the repository root.")
    Path configFile;

    /** {@code --db}, else the environment's one database, else the PG* variables. */
    ConnectionSpec database(String databaseFlag) {
        return EnvironmentResolver.fromSystemEnvironment().singleDatabase(project(), environment, databaseFlag);
    }

    /** The given schemas, else those of the environment or project (none: every schema in use). */
    List<String> schemas(List<String> given) {
        if (!given.isEmpty() || (environment == null && configFile == null)) {
            return given;
        }
        return EnvironmentResolver.fromSystemEnvironment().schemas(project(), environment);
    }

    /** True when --env names an environment whose database stands in for a missing --db (or diff --from). */
    boolean hasEnvironment() {
        return environment != null;
    }

    /** The project's 'desired:' paths (diff --to when it is not given), empty without --env or --config. */
    List<Path> desired() {
        return project().map(ProjectConfig::desired).orElse(List.of());
    }

    private Optional<ProjectConfig> project() {
        if (environment == null && configFile == null) {
            return Optional.empty();
        }
        return EnvironmentResolver.loadProject(configFile, Path.of(""));
    }
}
