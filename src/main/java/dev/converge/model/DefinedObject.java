package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * An object Converge manages by its whole definition, as the inspect query of its kind prints it from the
 * catalog: statistics, and the other {@link DefinedKind}s. Two objects with the same identity are equal when
 * their definitions are equal as text (both sides are printed by the same query, so PostgreSQL decides what a
 * definition looks like); a changed definition is dropped and created again.
 *
 * <p>{@code name} is the object's qualified name (for an object that belongs to a table, such as a rule, the
 * table's, with the object's own name as {@code member}); {@code member} also carries what tells overloads apart
 * (argument types), else null. {@code target} is how DROP and COMMENT ON name the object after the keyword
 * ({@code public.s}, {@code r ON public.t}); {@code definition} the statements that create it, in order.
 */
public record DefinedObject(DefinedKind kind, QualifiedName name, String member, String target,
                            List<String> definition, String comment) {

    public DefinedObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        definition = List.copyOf(definition);
        if (definition.isEmpty()) {
            throw new IllegalArgumentException("a defined object needs its definition: " + kind + " " + name);
        }
    }

    /** The object as a node of the dependency graph and the subject of privileges. */
    public ObjectRef ref() {
        return new ObjectRef(kind.objectKind(), name, member);
    }

    public boolean sameDefinition(DefinedObject other) {
        return definition.equals(other.definition);
    }

    /** {@code statistics public.s}, for messages. */
    public String describe() {
        return kind.label() + " " + target;
    }
}
