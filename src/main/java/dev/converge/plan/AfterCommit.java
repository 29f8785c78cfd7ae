package dev.converge.plan;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.model.QualifiedName;

/**
 * Decides which changes run after the plan's transaction has committed, each statement on its own: index builds
 * and drops on existing tables (so they can be CONCURRENTLY, which PostgreSQL refuses in a transaction block),
 * and whatever must follow them. Every other change stays in the one transaction, so all-or-nothing holds for it.
 *
 * <p>An edge from a deferred change to one that stays in the transaction would run them in the wrong order. Such
 * a follower is deferred too when it can be (constraints, indexes and comments are self-contained); otherwise the
 * deferred change is pinned back into the transaction and built the plain way (a drop of a column that an index
 * uses, say, keeps the index drop inside the transaction). Pinning only grows, so this ends.
 */
final class AfterCommit {

    private AfterCommit() {
    }

    /** Positions (in {@code ordered}) of the changes that run after the transaction. */
    static BitSet deferred(DependencyGraph.Ordered ordered, Set<QualifiedName> newRelations) {
        List<Change> changes = ordered.changes();
        BitSet deferred = new BitSet();
        BitSet pinned = new BitSet();
        for (int i = 0; i < changes.size(); i++) {
            if (online(changes.get(i), newRelations)) {
                deferred.set(i);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int follower = 0; follower < changes.size(); follower++) {
                if (deferred.get(follower)) {
                    continue;
                }
                for (int predecessor : ordered.predecessors().get(follower)) {
                    if (!deferred.get(predecessor)) {
                        continue;
                    }
                    if (movable(changes.get(follower)) && !pinned.get(follower)) {
                        deferred.set(follower);
                    } else {
                        deferred.clear(predecessor);
                        pinned.set(predecessor);
                    }
                    changed = true;
                    break;
                }
            }
        }
        return deferred;
    }

    /** Index work on a relation that exists before the plan: worth doing CONCURRENTLY (its family says). */
    private static boolean online(Change change, Set<QualifiedName> newRelations) {
        return ChangeKinds.of(change).online(change, newRelations);
    }

    /** Changes that can run on their own after the transaction without leaving the schema half-made. */
    private static boolean movable(Change change) {
        return ChangeKinds.of(change).isMovableAfterCommit();
    }
}
