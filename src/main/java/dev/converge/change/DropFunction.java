package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/**
 * Drop a function or procedure by its name and identity arguments. {@code dependsOn} is what it depends on in the
 * current catalog: those objects are dropped only after it. {@code usedBy} is what depends on it there, whose drops
 * it waits for: an index or check may call it without naming it (through a cast, an operator), so its text alone
 * cannot order them.
 */
public record DropFunction(Routine function, List<ObjectRef> dependsOn, List<ObjectRef> usedBy) implements Change {

    public DropFunction {
        Objects.requireNonNull(function, "function");
        dependsOn = List.copyOf(dependsOn);
        usedBy = List.copyOf(usedBy);
    }

    /** A drop that waits for nothing but what releases the function by name. */
    public DropFunction(Routine function, List<ObjectRef> dependsOn) {
        this(function, dependsOn, List.of());
    }

    @Override
    public String sortName() {
        return function().signature();
    }
}
