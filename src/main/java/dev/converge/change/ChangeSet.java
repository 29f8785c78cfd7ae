package dev.converge.change;

import java.util.ArrayList;
import java.util.List;

/** Everything that differs between current and desired, unordered: the planner decides the order. */
public record ChangeSet(List<Change> changes) {

    public ChangeSet {
        changes = List.copyOf(changes);
    }

    public static ChangeSet empty() {
        return new ChangeSet(List.of());
    }

    /** These changes and {@code more}, in that order. */
    public ChangeSet plus(List<? extends Change> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Change> all = new ArrayList<>(changes);
        all.addAll(more);
        return new ChangeSet(all);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
