package dev.converge.report;

import java.util.Objects;

/**
 * Where the desired state defines an object: {@code family} is the name's namespace (schema, extension,
 * relation, type, routine), {@code schema} null for a name the file left unqualified, {@code file} the path as
 * the user gave it, {@code line} and {@code column} 1-based.
 */
public record SourceLocation(String family, String schema, String name, String file, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }
}
