package dev.converge.plan;

import java.util.Comparator;

import dev.converge.change.Change;

/**
 * The tie-break of the topological sort: among changes whose dependencies are met, the earliest {@link Stage}
 * runs first, then the kind (by the rank its family gives it within the stage), then the object's name. The
 * stages give a plan its familiar shape; correctness comes from the edges of {@link ChangeFacts}, which can move
 * a change past the stages when a real dependency asks for it.
 */
final class Placement {

    static final Comparator<Change> ORDER = Comparator
            .comparing(Placement::stage)
            .thenComparingInt(Placement::kindRank)
            .thenComparing(Change::sortName)
            .thenComparing(Object::toString);

    private Placement() {
    }

    static Stage stage(Change change) {
        return ChangeKinds.of(change).stage(change);
    }

    static int kindRank(Change change) {
        return ChangeKinds.of(change).rank();
    }

    /** A short label for messages, e.g. {@code AddConstraint public.orders.orders_customer_fk}. */
    static String describe(Change change) {
        return change.getClass().getSimpleName() + " " + change.sortName();
    }
}
