package dev.converge.model;

import java.util.Objects;

/**
 * {@code dependent} needs {@code referenced} to exist (and, for a column, to keep its type): read from
 * {@code pg_depend} and {@code pg_rewrite}, so PostgreSQL says what depends on what, not a guess from SQL text.
 */
public record Dependency(ObjectRef dependent, ObjectRef referenced) {
    public Dependency {
        Objects.requireNonNull(dependent, "dependent");
        Objects.requireNonNull(referenced, "referenced");
    }
}
