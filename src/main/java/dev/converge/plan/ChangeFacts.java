package dev.converge.plan;

import java.util.HashSet;
import java.util.Set;

import dev.converge.change.Change;

/**
 * What one change does to the objects around it, declared as data. From these the planner derives its edges:
 * a change runs after every change that {@code provides} a key it {@code requires}; a change that {@code removes}
 * a key runs after every change that {@code releases} it (stops using it) and before any change that provides it
 * again; a change that {@code awaits} a key runs after every change that removes it (what uses an extension must
 * be gone before the extension, though it does not know it uses one). Each kind's family says which keys (see
 * {@link ChangeKinds}).
 */
record ChangeFacts(Set<ObjectKey> provides, Set<ObjectKey> requires, Set<ObjectKey> removes,
                   Set<ObjectKey> releases, Set<ObjectKey> awaits) {

    static ChangeFacts of(Change change, Mentions mentions) {
        ChangeFacts facts = new ChangeFacts(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(),
                new HashSet<>());
        ChangeKinds.of(change).addFacts(change, mentions, facts);
        return facts;
    }

    /**
     * An object that changes in place: what only the current version used is released, what the desired version
     * uses is required.
     */
    void replaces(Set<ObjectKey> currentUses, Set<ObjectKey> desiredUses) {
        Set<ObjectKey> released = new HashSet<>(currentUses);
        released.removeAll(desiredUses);
        releases.addAll(released);
        requires.addAll(desiredUses);
    }
}
