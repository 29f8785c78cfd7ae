package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * A table constraint. {@code definition} is {@code pg_get_constraintdef(oid)} and is what decides whether two
 * constraints are equal; it already includes NOT VALID, DEFERRABLE and INITIALLY DEFERRED. The structured fields
 * are what planning needs: the constrained columns, and for a foreign key its target, actions and MATCH type.
 * {@code foreignKey} is null for other kinds.
 */
public record Constraint(
        String name,
        ConstraintKind kind,
        List<String> columns,
        String definition,
        boolean deferrable,
        boolean initiallyDeferred,
        ForeignKey foreignKey,
        String comment) {

    public Constraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
        if (kind == ConstraintKind.FOREIGN_KEY) {
            Objects.requireNonNull(foreignKey, "foreignKey of " + name);
        }
    }

    /** True when both constraints are the same apart from their comment. */
    public boolean sameDefinition(Constraint other) {
        return kind == other.kind && definition.equals(other.definition);
    }

    public Constraint withComment(String newComment) {
        return new Constraint(name, kind, columns, definition, deferrable, initiallyDeferred, foreignKey, newComment);
    }
}
