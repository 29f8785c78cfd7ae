package dev.converge.source.config;

import java.nio.file.Path;

import dev.converge.error.ConfigException;

/** Where an entry of the project file is: file, 1-based line and the key path (environments.staging.url_env). */
public record ConfigLocation(Path file, int line, String key) {

    /** An error about this entry, worded {@code converge.yaml:12: environments.staging.url_env: problem}. */
    public ConfigException error(String problem) {
        return new ConfigException(this + ": " + problem);
    }

    @Override
    public String toString() {
        return file + ":" + line + (key.isEmpty() ? "" : ": " + key);
    }
}
