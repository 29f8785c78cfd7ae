package dev.converge.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a schema-level object: its schema and its name, both as PostgreSQL stores them (unquoted,
 * case preserved). Every reference between model objects is by qualified name, never by object pointer.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** A readable, unquoted form for messages and summaries, e.g. {@code public.orders}. */
    @Override
    public String toString() {
        return schema + "." + name;
    }
}
