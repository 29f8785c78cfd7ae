package dev.converge.plan;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import dev.converge.model.ColumnRef;
import dev.converge.model.QualifiedName;

/**
 * A database object, or a name in a namespace, that changes provide, require, remove or release. The planner
 * derives "must run after" edges from these keys (see {@link ChangeFacts}). RELATION and TYPE are PostgreSQL's
 * shared namespaces (pg_class, pg_type) so that a name freed by a drop is only reused after it.
 */
record ObjectKey(Kind kind, List<String> parts) {

    enum Kind { SCHEMA, TYPE, RELATION, TABLE, COLUMN, CONSTRAINT, UNIQUE_KEY, ENUM_LABEL, SEQUENCE_OWNER,
        // security
        POLICY }

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

    static ObjectKey sequenceOwner(QualifiedName sequence) {
        return new ObjectKey(Kind.SEQUENCE_OWNER, List.of(sequence.schema(), sequence.name()));
    }

    // security
    static ObjectKey policy(QualifiedName table, String name) {
        return new ObjectKey(Kind.POLICY, List.of(table.schema(), table.name(), name));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + String.join(".", parts);
    }
}
