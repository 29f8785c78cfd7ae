package dev.converge.model;

import java.util.Objects;

/**
 * An installed extension whose objects live in a managed schema. {@code version} is {@code extversion};
 * {@code comment} is null when it is the one the extension's control file gives (what CREATE EXTENSION sets), so
 * only a comment the user chose is compared.
 */
public record Extension(String name, String schema, String version, String comment) {
    /** The extension as a node of the dependency graph: what uses one of its member objects depends on it. */
    public ObjectRef ref() {
        return ObjectRef.of(ObjectKind.EXTENSION, QualifiedName.of(schema, name));
    }

    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(version, "version");
    }
}
