package dev.converge.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asked for. Every field may be empty or null ("not given"); what is given overrides the
 * project file, what is not comes from it.
 */
public record RunRequest(Path configFile, String environment, String database, List<Path> desired,
                         List<String> schemas, String devDatabase, Integer parallel) {

    public RunRequest {
        desired = desired == null ? List.of() : List.copyOf(desired);
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }
}
