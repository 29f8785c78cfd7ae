package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.DefinedObject;
import dev.converge.model.ObjectRef;

/**
 * Drop an object managed by its definition (see {@link DefinedObject}). {@code uses} are the objects it depends
 * on in the current catalog, so that the planner drops it before them.
 */
public record DropObject(DefinedObject object, List<ObjectRef> uses) implements Change {

    public DropObject {
        Objects.requireNonNull(object, "object");
        uses = List.copyOf(uses);
    }

    @Override
    public String sortName() {
        return object.kind() + " " + object.ref();
    }
}
