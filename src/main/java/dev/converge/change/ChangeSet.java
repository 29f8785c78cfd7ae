package dev.converge.change;

import java.util.List;

/** Everything that differs between current and desired, unordered: the planner decides the order. */
public record ChangeSet(List<Change> changes) {

    public ChangeSet {
        changes = List.copyOf(changes);
    }

    public static ChangeSet empty() {
        return new ChangeSet(List.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
