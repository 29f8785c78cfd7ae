package dev.converge.plan;

import java.util.BitSet;
import java.util.List;

import dev.converge.change.Change;

/**
 * Which changes of a large plan run first, in transactions of their own, before the one transaction that holds
 * everything else. One transaction that creates a whole schema of thousands of tables needs more lock slots than a
 * default server has ({@code max_locks_per_transaction}: "out of shared memory"). The changes that only create
 * objects nothing else uses yet (new tables with their indexes, constraints and comments, new types, sequences,
 * views, functions; their families say which) can commit early without anyone seeing a half-made change: a failure
 * later leaves them in place, and the next apply plans only what is still missing. Changes to existing objects
 * stay all-or-nothing in the main transaction.
 *
 * <p>A change goes first only when every change it must run after goes first too. Small plans keep everything in
 * one transaction: the split happens from {@value #THRESHOLD} such changes up.
 */
final class NewObjectsFirst {

    /** From this many changes that could go first, a plan may exhaust a default server's lock table. */
    static final int THRESHOLD = 1000;

    private NewObjectsFirst() {
    }

    static BitSet select(DependencyGraph.Ordered ordered, RenderContext context) {
        List<Change> changes = ordered.changes();
        BitSet first = new BitSet();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            boolean predecessorsFirst = ordered.predecessors().get(i).stream().allMatch(first::get);
            if (predecessorsFirst && ChangeKinds.of(change).createsIsolated(change, context)) {
                first.set(i);
            }
        }
        return first.cardinality() >= THRESHOLD ? first : new BitSet();
    }
}
