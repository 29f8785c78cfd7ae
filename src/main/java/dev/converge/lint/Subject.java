package dev.converge.lint;

import java.util.Objects;

/**
 * What a finding is about: the object's kind ({@code table}, {@code column}, {@code index}, {@code constraint},
 * {@code view}, {@code sequence}, {@code schema}, {@code type}, {@code function}...), its schema, the name of the
 * schema-level object (for a column or constraint: its table; for a schema: the schema itself), and the member
 * (column or constraint name) or null. Suppressions and source lines are matched on these parts.
 */
public record Subject(String kind, String schema, String name, String member) implements Comparable<Subject> {

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static Subject of(String kind, dev.converge.model.QualifiedName name) {
        return new Subject(kind, name.schema(), name.name(), null);
    }

    public static Subject member(String kind, dev.converge.model.QualifiedName table, String member) {
        return new Subject(kind, table.schema(), table.name(), member);
    }

    public static Subject schema(String schema) {
        return new Subject("schema", schema, schema, null);
    }

    /** {@code column public.orders.total}: the kind and the readable, unquoted name. */
    @Override
    public String toString() {
        return kind + " " + qualifiedName();
    }

    /** {@code public.orders.total}, {@code public.orders}, or a schema's own name. */
    public String qualifiedName() {
        String base = kind.equals("schema") ? schema : schema + "." + name;
        return member == null ? base : base + "." + member;
    }

    @Override
    public int compareTo(Subject other) {
        int c = schema.compareTo(other.schema);
        c = c != 0 ? c : name.compareTo(other.name);
        c = c != 0 ? c : (member == null ? "" : member).compareTo(other.member == null ? "" : other.member);
        return c != 0 ? c : kind.compareTo(other.kind);
    }
}
