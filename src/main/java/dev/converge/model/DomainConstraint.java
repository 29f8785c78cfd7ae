package dev.converge.model;

import java.util.Objects;

/** A CHECK constraint of a domain; {@code definition} is {@code pg_get_constraintdef} (with NOT VALID). */
public record DomainConstraint(String name, String definition) {
    public DomainConstraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
