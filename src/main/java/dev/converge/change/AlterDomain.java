package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Domain;

/**
 * Alter a domain in place: default, NOT NULL, CHECK constraints (a changed constraint is dropped and added again).
 * The base type and collation are equal on both sides; when they differ the differ drops and creates instead.
 */
public record AlterDomain(Domain current, Domain desired) implements Change {

    public AlterDomain {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        if (current.needsRecreate(desired)) {
            throw new IllegalArgumentException("alter domain " + desired.name()
                    + ": base type or collation differ; drop and create it instead");
        }
    }

    @Override
    public String sortName() {
        return desired().name().toString();
    }
}
