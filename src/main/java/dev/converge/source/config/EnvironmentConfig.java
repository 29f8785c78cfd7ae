package dev.converge.source.config;

import java.util.List;

import dev.converge.model.NamePattern;

/**
 * One named environment of the project file: the databases it targets (one or many), the schemas to manage
 * there (null: the project's), the dev database server (null: each target's own server), how many targets run
 * at once (null: the command line's default) and the apply policy.
 */
public record EnvironmentConfig(String name, List<DatabaseRef> targets, List<String> schemas, DatabaseRef devDatabase,
                                Integer parallel, PolicyConfig policy, ConfigLocation location) {

    public EnvironmentConfig {
        targets = List.copyOf(targets);
        schemas = schemas == null ? null : List.copyOf(schemas);
    }

    /** The schema pattern of a schema-per-tenant environment (e.g. {@code tenant_*}), or null. */
    public String schemaPattern() {
        if (schemas != null && schemas.size() == 1 && NamePattern.isPattern(schemas.get(0))) {
            return schemas.get(0);
        }
        return null;
    }
}
