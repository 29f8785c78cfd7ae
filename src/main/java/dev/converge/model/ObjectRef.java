package dev.converge.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A reference to any managed object, for dependencies. {@code name} is the object's qualified name, or for a
 * part of a table (column, constraint, trigger, policy) the table's, for a column of a view the view's;
 * {@code member} is then the part's name. For a function or procedure {@code member} is its identity argument list
 * as {@code pg_get_function_identity_arguments} prints it (overloads differ only there); otherwise null.
 */
public record ObjectRef(ObjectKind kind, QualifiedName name, String member) implements Comparable<ObjectRef> {

    private static final Comparator<ObjectRef> ORDER = Comparator.comparing(ObjectRef::kind)
            .thenComparing(ObjectRef::name)
            .thenComparing(r -> r.member == null ? "" : r.member);

    public ObjectRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static ObjectRef of(ObjectKind kind, QualifiedName name) {
        return new ObjectRef(kind, name, null);
    }

    public static ObjectRef member(ObjectKind kind, QualifiedName table, String member) {
        return new ObjectRef(kind, table, member);
    }

    @Override
    public int compareTo(ObjectRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        String base = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + name;
        if (member == null) {
            return base;
        }
        return kind == ObjectKind.FUNCTION || kind == ObjectKind.PROCEDURE
                ? base + "(" + member + ")" : base + "." + member;
    }
}
