package dev.converge.plan;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import dev.converge.model.ColumnRef;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;

/**
 * A database object, or a name in a namespace, that changes provide, require, remove or release. The planner
 * derives "must run after" edges from these keys (see {@link ChangeFacts}). RELATION and TYPE are PostgreSQL's
 * shared namespaces (pg_class, pg_type) so that a name freed by a drop is only reused after it.
 */
record ObjectKey(Kind kind, List<String> parts) {

    enum Kind {
        SCHEMA, TYPE, RELATION, TABLE, COLUMN, CONSTRAINT, UNIQUE_KEY, ENUM_LABEL, SEQUENCE_OWNER, EXTENSION,
        // a table's place in its partitioned parent: a detach must come before the attach that replaces it
        PARTITION_SLOT,
        // a column's type, collation, default and NOT NULL, which a parent's ALTER COLUMN passes on to its children
        // and INHERIT compares: a child leaves before its parent's change, and changes before it joins
        COLUMN_SHAPE,
        // a column's default expression: what it calls without naming it (a cast's function, an operator) is
        // recorded against the column, and a drop of that waits for the change that drops the default (or column)
        COLUMN_DEFAULT,
        // any other object of the dependency graph (functions, triggers, policies...), see of(ObjectRef)
        OBJECT,
        FUNCTION, FUNCTION_NAME, TRIGGER,
        POLICY
    }

    ObjectKey {
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
    }

    static ObjectKey schema(String name) {
        return new ObjectKey(Kind.SCHEMA, List.of(name));
    }

    static ObjectKey type(QualifiedName name) {
        return new ObjectKey(Kind.TYPE, List.of(name.schema(), name.name()));
    }

    static ObjectKey relation(QualifiedName name) {
        return new ObjectKey(Kind.RELATION, List.of(name.schema(), name.name()));
    }

    static ObjectKey table(QualifiedName name) {
        return new ObjectKey(Kind.TABLE, List.of(name.schema(), name.name()));
    }

    static ObjectKey column(QualifiedName table, String column) {
        return new ObjectKey(Kind.COLUMN, List.of(table.schema(), table.name(), column));
    }

    /** See {@link Kind#COLUMN_SHAPE}. */
    static ObjectKey columnShape(QualifiedName table, String column) {
        return new ObjectKey(Kind.COLUMN_SHAPE, List.of(table.schema(), table.name(), column));
    }

    /** See {@link Kind#COLUMN_DEFAULT}. */
    static ObjectKey columnDefault(QualifiedName table, String column) {
        return new ObjectKey(Kind.COLUMN_DEFAULT, List.of(table.schema(), table.name(), column));
    }

    static ObjectKey column(ColumnRef ref) {
        return column(ref.table(), ref.column());
    }

    static ObjectKey constraint(QualifiedName table, String name) {
        return new ObjectKey(Kind.CONSTRAINT, List.of(table.schema(), table.name(), name));
    }

    /** A unique key (PK, UNIQUE constraint or unique index) over a set of columns, which a foreign key needs. */
    static ObjectKey uniqueKey(QualifiedName table, Collection<String> columns) {
        return new ObjectKey(Kind.UNIQUE_KEY, List.of(table.schema(), table.name(),
                String.join(",", new TreeSet<>(columns))));
    }

    static ObjectKey enumLabel(QualifiedName type, String label) {
        return new ObjectKey(Kind.ENUM_LABEL, List.of(type.schema(), type.name(), label));
    }

    static ObjectKey extension(String name) {
        return new ObjectKey(Kind.EXTENSION, List.of(name));
    }

    static ObjectKey partitionSlot(QualifiedName partition) {
        return new ObjectKey(Kind.PARTITION_SLOT, List.of(partition.schema(), partition.name()));
    }

    static ObjectKey sequenceOwner(QualifiedName sequence) {
        return new ObjectKey(Kind.SEQUENCE_OWNER, List.of(sequence.schema(), sequence.name()));
    }

    /**
     * The key of a node of the catalog's dependency graph: the same key the change that creates or drops that
     * object uses (views and sequences are relations, domains are types), else a generic key by kind, name and
     * member, which the changes of those kinds are expected to provide and remove.
     */
    static ObjectKey of(ObjectRef ref) {
        return switch (ref.kind()) {
            case SCHEMA -> schema(ref.name().schema());
            case EXTENSION -> extension(ref.name().name());
            case TABLE -> table(ref.name());
            case COLUMN -> column(ref.name(), ref.member());
            case CONSTRAINT -> constraint(ref.name(), ref.member());
            case VIEW, MATERIALIZED_VIEW, SEQUENCE, INDEX -> relation(ref.name());
            case TYPE, DOMAIN -> type(ref.name());
            case FUNCTION, PROCEDURE -> function(ref.name(), ref.member());
            case TRIGGER -> trigger(ref.name(), ref.member());
            default -> new ObjectKey(Kind.OBJECT, java.util.Arrays.asList(ref.kind().name(), ref.name().schema(),
                    ref.name().name(), ref.member() == null ? "" : ref.member()));
        };
    }

    /** One function or procedure: name and identity arguments (the kind is left out: both share a namespace). */
    static ObjectKey function(QualifiedName name, String identityArguments) {
        return new ObjectKey(Kind.FUNCTION, List.of(name.schema(), name.name(), identityArguments));
    }

    /** Every overload of a name: what a default or check that calls {@code schema.name(...)} is known to need. */
    static ObjectKey functionName(QualifiedName name) {
        return new ObjectKey(Kind.FUNCTION_NAME, List.of(name.schema(), name.name()));
    }

    static ObjectKey trigger(QualifiedName table, String name) {
        return new ObjectKey(Kind.TRIGGER, List.of(table.schema(), table.name(), name));
    }

    static ObjectKey policy(QualifiedName table, String name) {
        return new ObjectKey(Kind.POLICY, List.of(table.schema(), table.name(), name));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + String.join(".", parts);
    }
}
