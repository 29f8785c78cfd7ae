package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.DefinedObject;
import dev.converge.model.ObjectRef;

/**
 * Drop an object managed by its definition (see {@link DefinedObject}). {@code uses} are the objects it depends
 * on in the current catalog, so that the planner drops it before them; {@code usedBy} the objects that depend on
 * it there (an index on an operator class), whose drops it waits for.
 */
public record DropObject(DefinedObject object, List<ObjectRef> uses, List<ObjectRef> usedBy) implements Change {

    public DropObject {
        Objects.requireNonNull(object, "object");
        uses = List.copyOf(uses);
        usedBy = List.copyOf(usedBy);
    }

    /** A drop that waits for nothing but what releases the object. */
    public DropObject(DefinedObject object, List<ObjectRef> uses) {
        this(object, uses, List.of());
    }

    @Override
    public String sortName() {
        return object.kind() + " " + object.ref();
    }
}
