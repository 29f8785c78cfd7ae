package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.model.Catalog;

/**
 * One step of the diff. {@link Differ} runs its passes in a fixed order over an immutable change set: each pass
 * sees both catalogs and every change the earlier passes found, and returns the set with its own changes (a pass
 * that moves objects out of the way may also take changes out). What a pass reads of the earlier ones is named
 * where {@link Differ} lists them.
 */
@FunctionalInterface
interface DiffPass {

    ChangeSet apply(Catalog current, Catalog desired, ChangeSet found, Differ.Context context);

    /** A differ of one kind of object that adds its changes and reads nothing the other passes found. */
    @FunctionalInterface
    interface Independent {
        void diff(Catalog current, Catalog desired, List<Change> changes);
    }

    static DiffPass independent(Independent differ) {
        return (current, desired, found, context) -> {
            List<Change> changes = new ArrayList<>();
            differ.diff(current, desired, changes);
            return found.plus(changes);
        };
    }
}
