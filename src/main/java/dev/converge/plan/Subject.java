package dev.converge.plan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.converge.change.DefaultPrivilegeScope;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.Extension;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Routine;

/**
 * What a statement changes, typed: its {@link Kind}, the model's reference to the object ({@code object}: for a
 * privilege or a comment, the object granted on or commented; null for default privileges, which belong to no
 * object, and for a plan read back from JSON, whose names are text), and the object's name as plans show it
 * ({@code name}, the JSON plan's {@code objectName}). The JSON plan's {@code objectKind} is {@link #label()}; both
 * are stable, machine-readable output (docs/json-format.md), pinned by {@code StatementSubjectGoldenTest}.
 *
 * <p>The factories derive the name from the typed parts, in this one place: {@code public.orders},
 * {@code public.orders.total} for a part of a table, {@code public.f(integer)} for a routine, a schema's or
 * extension's own name, a privilege's object as {@link ObjectRef#toString()} prints it.
 */
public record Subject(Kind kind, DefinedKind definedKind, ObjectRef object, String name) {

    /**
     * The kinds of statement subject. Finer than the model's {@link ObjectKind} (the nodes of the dependency graph)
     * where plans tell users more (an enum, a composite type), and with the subjects that are no object of their
     * own (a privilege, default privileges, a comment). {@link #DEFINED} objects take their label from their
     * {@link DefinedKind}.
     */
    public enum Kind {
        SCHEMA(ObjectKind.SCHEMA), EXTENSION(ObjectKind.EXTENSION),
        ENUM(ObjectKind.TYPE), DOMAIN(ObjectKind.DOMAIN), TYPE(ObjectKind.TYPE), SEQUENCE(ObjectKind.SEQUENCE),
        TABLE(ObjectKind.TABLE), COLUMN(ObjectKind.COLUMN), CONSTRAINT(ObjectKind.CONSTRAINT),
        INDEX(ObjectKind.INDEX), VIEW(ObjectKind.VIEW), MATERIALIZED_VIEW(ObjectKind.MATERIALIZED_VIEW),
        FUNCTION(ObjectKind.FUNCTION), PROCEDURE(ObjectKind.PROCEDURE), TRIGGER(ObjectKind.TRIGGER),
        POLICY(ObjectKind.POLICY),
        /** A GRANT or REVOKE; {@code object} is what it grants on. */
        PRIVILEGE(null),
        /** ALTER DEFAULT PRIVILEGES; no object. */
        DEFAULT_PRIVILEGES(null),
        /** COMMENT ON; {@code object} is what it comments. */
        COMMENT(null),
        /** An object managed by its definition ({@link DefinedObject}); the label is its {@link DefinedKind}'s. */
        DEFINED(null);

        private final ObjectKind objectKind;

        Kind(ObjectKind objectKind) {
            this.objectKind = objectKind;
        }

        /** The model's kind of the object itself, or null for the subjects that are no object of their own. */
        public ObjectKind objectKind() {
            return objectKind;
        }

        /** {@code table}, {@code materialized view}, {@code default privileges}: the JSON plan's objectKind. */
        private String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if ((kind == Kind.DEFINED) != (definedKind != null)) {
            throw new IllegalArgumentException("a defined kind goes with exactly the DEFINED subjects: " + kind);
        }
    }

    /** The user-facing kind, the JSON plan's {@code objectKind}: derived from the kind here and nowhere else. */
    public String label() {
        return kind == Kind.DEFINED ? definedKind.label() : kind.label();
    }

    /** The subject a JSON plan names by {@code objectKind} and {@code objectName}; empty for an unknown label. */
    public static Optional<Subject> fromLabel(String label, String name) {
        for (Kind kind : Kind.values()) {
            if (kind != Kind.DEFINED && kind.label().equals(label)) {
                return Optional.of(new Subject(kind, null, null, name));
            }
        }
        for (DefinedKind defined : DefinedKind.values()) {
            if (defined.label().equals(label)) {
                return Optional.of(new Subject(Kind.DEFINED, defined, null, name));
            }
        }
        return Optional.empty();
    }

    /** A schema-level object: a table, sequence, type, view, index... */
    public static Subject of(Kind kind, QualifiedName name) {
        return new Subject(kind, null, ObjectRef.of(kind.objectKind(), name), name.toString());
    }

    /**
     * A part of a table (a column, constraint, trigger or policy; the identity sequence of a column), named
     * {@code table.member}; a null member names the table alone.
     */
    public static Subject member(Kind kind, QualifiedName table, String member) {
        return new Subject(kind, null, ObjectRef.member(kind.objectKind(), table, member),
                member == null ? table.toString() : table + "." + member);
    }

    public static Subject schema(String schema) {
        return new Subject(Kind.SCHEMA, null, ObjectRef.of(ObjectKind.SCHEMA, QualifiedName.of(schema, schema)),
                schema);
    }

    public static Subject extension(Extension extension) {
        return new Subject(Kind.EXTENSION, null, extension.ref(), extension.name());
    }

    /** A function or procedure, named with its identity arguments: {@code public.f(integer)}. */
    public static Subject routine(Kind kind, QualifiedName name, String identityArguments) {
        return new Subject(kind, null, ObjectRef.member(kind.objectKind(), name, identityArguments),
                name + "(" + identityArguments + ")");
    }

    public static Subject routine(Routine routine) {
        return routine(routine.kind() == Routine.Kind.PROCEDURE ? Kind.PROCEDURE : Kind.FUNCTION, routine.name(),
                routine.identityArguments());
    }

    /** An object managed by its definition, named as DROP names it ({@code public.s}, {@code r ON public.t}). */
    public static Subject defined(DefinedObject object) {
        return new Subject(Kind.DEFINED, object.kind(), object.ref(), object.target());
    }

    /** The privileges on {@code object}, named as {@link ObjectRef#toString()} prints it: {@code table public.t}. */
    public static Subject privilege(ObjectRef object) {
        return new Subject(Kind.PRIVILEGE, null, object, object.toString());
    }

    public static Subject defaultPrivileges(DefaultPrivilegeScope scope) {
        return new Subject(Kind.DEFAULT_PRIVILEGES, null, null, scope.toString());
    }

    /**
     * The comment on {@code commented}, named as the object is; an object managed by its definition with its
     * label in front ({@code statistics public.s}), as its messages name it.
     */
    public static Subject comment(Subject commented) {
        String name = commented.kind == Kind.DEFINED ? commented.label() + " " + commented.name : commented.name;
        return new Subject(Kind.COMMENT, null, commented.object, name);
    }
}
