package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/**
 * {@code CREATE OR REPLACE} a function whose kind, result and arguments (names and defaults included) stay the
 * same, so PostgreSQL allows the change in place and its dependents (triggers, defaults) are untouched. The
 * dependencies of both versions are kept: the desired ones must exist first, the current ones are only released
 * after the replacement.
 */
public record ReplaceFunction(Routine current, Routine desired, List<ObjectRef> currentDependsOn,
                              List<ObjectRef> desiredDependsOn) implements Change {

    public ReplaceFunction {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        currentDependsOn = List.copyOf(currentDependsOn);
        desiredDependsOn = List.copyOf(desiredDependsOn);
        if (!current.ref().equals(desired.ref())) {
            throw new IllegalArgumentException("replacing " + current.signature() + " by " + desired.signature());
        }
    }

    @Override
    public String sortName() {
        return desired().signature();
    }
}
