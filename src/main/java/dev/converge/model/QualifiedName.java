package dev.converge.model;

import java.util.Objects;

/**
 * The identity of a schema-level object: its schema and its name, both as PostgreSQL stores them (unquoted,
 * case preserved). Every reference between model objects is by qualified name, never by object pointer.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    /** By schema, then name. Written out rather than as a Comparator chain: every catalog map is keyed by it. */
    @Override
    public int compareTo(QualifiedName other) {
        int bySchema = schema.compareTo(other.schema);
        return bySchema != 0 ? bySchema : name.compareTo(other.name);
    }

    /** A readable, unquoted form for messages and summaries, e.g. {@code public.orders}. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
