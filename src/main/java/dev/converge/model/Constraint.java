package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * A table constraint. {@code definition} is {@code pg_get_constraintdef(oid)} and is what decides whether two
 * constraints are equal; it already includes NOT VALID, DEFERRABLE and INITIALLY DEFERRED. The structured fields
 * are what planning needs: the constrained columns, and for a foreign key its target, actions and MATCH type.
 * {@code foreignKey} is null for other kinds. {@code reparsedDefinition} is set only on the desired side, where it
 * differs from {@code definition} (see {@link #sameDefinition}).
 */
public record Constraint(
        String name,
        ConstraintKind kind,
        List<String> columns,
        String definition,
        boolean deferrable,
        boolean initiallyDeferred,
        ForeignKey foreignKey,
        String comment,
        String reparsedDefinition) {

    public Constraint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
        if (kind == ConstraintKind.FOREIGN_KEY) {
            Objects.requireNonNull(foreignKey, "foreignKey of " + name);
        }
    }

    /** A constraint as read from a database, without a second print. */
    public Constraint(String name, ConstraintKind kind, List<String> columns, String definition, boolean deferrable,
                      boolean initiallyDeferred, ForeignKey foreignKey, String comment) {
        this(name, kind, columns, definition, deferrable, initiallyDeferred, foreignKey, comment, null);
    }

    /**
     * True when both constraints are the same apart from their comment: the same print, or one's print is what
     * the other's printed text parses to ({@code reparsedDefinition}). PostgreSQL does not always print a CHECK the
     * same after parsing its own print (an IN list on a varchar column, a BETWEEN inside an AND chain), so a
     * target built from the user's SQL and one built by Converge from the print both match the desired state.
     */
    public boolean sameDefinition(Constraint other) {
        return kind == other.kind && (definition.equals(other.definition)
                || definition.equals(other.reparsedDefinition) || other.definition.equals(reparsedDefinition)
                || reparsedDefinition != null && reparsedDefinition.equals(other.reparsedDefinition));
    }

    /** Declared NOT VALID: existing rows are not checked (PostgreSQL prints it at the end of the definition). */
    public boolean notValid() {
        return definition.endsWith(" NOT VALID");
    }

    public Constraint withComment(String newComment) {
        return new Constraint(name, kind, columns, definition, deferrable, initiallyDeferred, foreignKey, newComment,
                reparsedDefinition);
    }

    /** With {@code reparsed}, what PostgreSQL prints after parsing {@code definition} again (null: the same). */
    public Constraint withReparsedDefinition(String reparsed) {
        return new Constraint(name, kind, columns, definition, deferrable, initiallyDeferred, foreignKey, comment,
                reparsed == null || reparsed.equals(definition) ? null : reparsed);
    }
}
