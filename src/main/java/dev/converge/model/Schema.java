package dev.converge.model;

import java.util.Objects;

/** A schema (namespace); {@code comment} is null when it has none. */
public record Schema(String name, String comment) {
    public Schema {
        Objects.requireNonNull(name, "name");
    }
}
