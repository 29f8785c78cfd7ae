package dev.converge.source.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The project file, converge.yaml: where the desired state is (paths resolved against the file's directory),
 * which schemas are managed, which objects Converge must leave alone (include/exclude name patterns), and the
 * named environments, and the settings of {@code converge lint}. Everything is optional; command-line flags override it.
 */
public record ProjectConfig(Path file, List<Path> desired, List<String> schemas, List<String> include,
                            List<String> exclude, Map<String, EnvironmentConfig> environments,
                            dev.converge.lint.LintSettings lint) {

    public ProjectConfig(Path file, List<Path> desired, List<String> schemas, List<String> include,
                         List<String> exclude, Map<String, EnvironmentConfig> environments) {
        this(file, desired, schemas, include, exclude, environments, dev.converge.lint.LintSettings.DEFAULTS);
    }

    public ProjectConfig {
        lint = lint == null ? dev.converge.lint.LintSettings.DEFAULTS : lint;
        desired = List.copyOf(desired);
        schemas = List.copyOf(schemas);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        environments = java.util.Collections.unmodifiableMap(new TreeMap<>(environments));
    }

    public Optional<EnvironmentConfig> environment(String name) {
        return Optional.ofNullable(environments.get(name));
    }
}
