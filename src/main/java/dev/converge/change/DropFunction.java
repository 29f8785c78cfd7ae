package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/**
 * Drop a function or procedure by its name and identity arguments. {@code dependsOn} is what it depends on in the
 * current catalog: those objects are dropped only after it.
 */
public record DropFunction(Routine function, List<ObjectRef> dependsOn) implements Change {

    public DropFunction {
        Objects.requireNonNull(function, "function");
        dependsOn = List.copyOf(dependsOn);
    }

    @Override
    public String sortName() {
        return function().signature();
    }
}
