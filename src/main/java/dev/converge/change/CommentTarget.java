package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;

/**
 * The object a comment belongs to. {@code schema} is always set; {@code name} is the table, index, sequence or
 * type name (null for a schema); {@code member} is the column or constraint name within a table, else null.
 * For a function or procedure {@code member} is its identity argument list; for a trigger, the trigger's name
 * (and {@code name} its table's).
 */
public record CommentTarget(Kind kind, String schema, String name, String member) {

    /** The kinds of object {@code COMMENT ON} is rendered for. */
    public enum Kind {
        SCHEMA, TABLE, COLUMN, CONSTRAINT, INDEX, SEQUENCE, TYPE,
        VIEW, MATERIALIZED_VIEW,
        FUNCTION, PROCEDURE, TRIGGER
    }

    public CommentTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        if (kind != Kind.SCHEMA) {
            Objects.requireNonNull(name, "name");
        }
        if (hasMember(kind) != (member != null)) {
            throw new IllegalArgumentException("member must be set exactly for columns, constraints, functions "
                    + "and triggers: " + kind);
        }
    }

    public static CommentTarget schema(String schema) {
        return new CommentTarget(Kind.SCHEMA, schema, null, null);
    }

    public static CommentTarget table(QualifiedName table) {
        return new CommentTarget(Kind.TABLE, table.schema(), table.name(), null);
    }

    public static CommentTarget column(QualifiedName table, String column) {
        return new CommentTarget(Kind.COLUMN, table.schema(), table.name(), column);
    }

    public static CommentTarget constraint(QualifiedName table, String constraint) {
        return new CommentTarget(Kind.CONSTRAINT, table.schema(), table.name(), constraint);
    }

    public static CommentTarget index(QualifiedName index) {
        return new CommentTarget(Kind.INDEX, index.schema(), index.name(), null);
    }

    public static CommentTarget sequence(QualifiedName sequence) {
        return new CommentTarget(Kind.SEQUENCE, sequence.schema(), sequence.name(), null);
    }

    public static CommentTarget type(QualifiedName type) {
        return new CommentTarget(Kind.TYPE, type.schema(), type.name(), null);
    }

    public static CommentTarget view(QualifiedName view, boolean materialized) {
        return new CommentTarget(materialized ? Kind.MATERIALIZED_VIEW : Kind.VIEW, view.schema(), view.name(), null);
    }

    private static boolean hasMember(Kind kind) {
        return kind == Kind.COLUMN || kind == Kind.CONSTRAINT
                || kind == Kind.FUNCTION || kind == Kind.PROCEDURE || kind == Kind.TRIGGER;
    }

    /** A function or procedure; {@code member} is its identity argument list. */
    public static CommentTarget function(Routine function) {
        Kind kind = function.kind() == Routine.Kind.PROCEDURE ? Kind.PROCEDURE : Kind.FUNCTION;
        return new CommentTarget(kind, function.name().schema(), function.name().name(),
                function.identityArguments());
    }

    public static CommentTarget trigger(QualifiedName table, String trigger) {
        return new CommentTarget(Kind.TRIGGER, table.schema(), table.name(), trigger);
    }

    /** The schema-level object: the table for columns and constraints; null for a schema. */
    public QualifiedName object() {
        return name == null ? null : QualifiedName.of(schema, name);
    }

    /** A readable, unquoted form for summaries, e.g. {@code public.orders.total}. */
    @Override
    public String toString() {
        String text = name == null ? schema : schema + "." + name;
        if (kind == Kind.FUNCTION || kind == Kind.PROCEDURE) {
            return text + "(" + member + ")";
        }
        return member == null ? text : text + "." + member;
    }
}
