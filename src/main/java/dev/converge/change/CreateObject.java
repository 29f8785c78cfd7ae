package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.DefinedObject;
import dev.converge.model.ObjectRef;

/**
 * Create an object managed by its definition (see {@link DefinedObject}), with its comment. {@code uses} are the
 * objects it depends on in the desired catalog, so that the planner creates them first.
 */
public record CreateObject(DefinedObject object, List<ObjectRef> uses) implements Change {

    public CreateObject {
        Objects.requireNonNull(object, "object");
        uses = List.copyOf(uses);
    }

    @Override
    public String sortName() {
        return object.kind() + " " + object.ref();
    }
}
