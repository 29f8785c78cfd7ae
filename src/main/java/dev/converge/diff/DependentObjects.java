package dev.converge.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.converge.change.AlterColumn;
import dev.converge.change.AlterViewOptions;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateIndex;
import dev.converge.change.DropColumn;
import dev.converge.change.DropIndex;
import dev.converge.change.DropObject;
import dev.converge.change.DropTable;
import dev.converge.change.DropView;
import dev.converge.change.ReplaceView;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.View;

/**
 * Moves dependents out of the way of a change that PostgreSQL would refuse while they exist: a column whose type
 * changes or that is dropped, a dropped table, a view that is dropped (and perhaps re-created). Every view or
 * materialized view that depends on such an object, directly or through other views (the current catalog's
 * dependencies say which), is dropped before the change and, when the desired state keeps it, re-created after
 * it from its desired definition. The changes carry what they read, so the planner orders the drops outermost
 * first and the creates innermost first.
 *
 * <p>Other kinds of disturbance (e.g. a function that is dropped and re-created) join by adding a line to
 * {@link #disturbances}; other kinds of dependent join in {@link #moveOutOfTheWay}.
 */
final class DependentObjects {

    private DependentObjects() {
    }

    static ChangeSet recreate(Catalog current, Catalog desired, ChangeSet found) {
        List<Change> changes = new ArrayList<>(found.changes());
        Map<ObjectRef, String> disturbed = disturbances(changes, desired);
        InheritanceDiffer.reachedChildren(current, disturbed);
        Set<QualifiedName> handled = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof DropView d) {
                handled.add(d.view().name());
            }
        }
        Deque<ObjectRef> work = new ArrayDeque<>(disturbed.keySet());
        Map<QualifiedName, View> currentViews = current.viewsByName();
        Map<QualifiedName, View> desiredViews = desired.viewsByName();
        while (!work.isEmpty()) {
            ObjectRef ref = work.poll();
            String reason = "depends on " + describe(ref) + ", " + disturbed.get(ref);
            for (Dependency dependency : usedBy(current, ref)) {
                ObjectRef dependent = dependency.dependent();
                if (!isView(dependent)
                        || !handled.add(dependent.name())) {
                    continue;
                }
                View have = currentViews.get(dependent.name());
                View want = desiredViews.get(dependent.name());
                if (have == null || want == null) {
                    continue;
                }
                moveOutOfTheWay(have, want, reason, current, desired, changes);
                disturbed.put(have.ref(), "which is re-created");
                work.add(have.ref());
            }
        }
        return new ChangeSet(changes);
    }

    /** Objects that views cannot survive a change to, with how the change affects them (for summaries). */
    private static Map<ObjectRef, String> disturbances(List<Change> changes, Catalog desired) {
        Map<ObjectRef, String> disturbed = new TreeMap<>();
        for (Change change : changes) {
            if (change instanceof AlterColumn a && a.changesType()) {
                disturbed.put(column(a.table(), a.current().name()), "whose type changes");
            } else if (change instanceof DropColumn d) {
                disturbed.put(column(d.table(), d.column().name()), "which is dropped");
            } else if (change instanceof DropTable d) {
                disturbed.put(ObjectRef.of(ObjectKind.TABLE, d.table().name()), "which is dropped");
                for (Column c : d.table().columns()) {
                    disturbed.put(column(d.table().name(), c.name()), "which is dropped");
                }
            } else if (change instanceof DropView d) {
                boolean kept = desired.viewsByName().containsKey(d.view().name());
                disturbed.put(d.view().ref(), kept ? "which is re-created" : "which is dropped");
            } else if (change instanceof DropObject d) {
                boolean kept = desired.definedObjectsByRef().containsKey(d.object().ref());
                disturbed.put(d.object().ref(), kept ? "which is re-created" : "which is dropped");
            }
            // other kinds that disturb their dependents: add them here
        }
        return disturbed;
    }

    /** Replaces whatever the differ planned for the view by a drop before and a create after. */
    private static void moveOutOfTheWay(View have, View want, String reason, Catalog current, Catalog desired,
                                        List<Change> changes) {
        QualifiedName name = have.name();
        Set<QualifiedName> indexes = new HashSet<>();
        have.indexes().forEach(i -> indexes.add(i.qualifiedName()));
        want.indexes().forEach(i -> indexes.add(i.qualifiedName()));
        changes.removeIf(c -> targets(c, name, indexes));
        changes.add(new DropView(have, ViewDiffer.uses(current, have), reason));
        ViewDiffer.create(want, desired, reason, changes);
    }

    /** Changes the differ made to the view itself, which its re-creation makes redundant. */
    private static boolean targets(Change change, QualifiedName view, Set<QualifiedName> indexes) {
        if (change instanceof ReplaceView r) {
            return r.current().name().equals(view);
        } else if (change instanceof AlterViewOptions a) {
            return a.current().name().equals(view);
        } else if (change instanceof CreateIndex c) {
            return c.index().table().equals(view);
        } else if (change instanceof DropIndex d) {
            return d.index().table().equals(view);
        } else if (change instanceof SetComment s) {
            CommentTarget t = s.target();
            return (t.kind() == CommentTarget.Kind.VIEW || t.kind() == CommentTarget.Kind.MATERIALIZED_VIEW
                    || t.kind() == CommentTarget.Kind.COLUMN) && view.equals(t.object())
                    || t.kind() == CommentTarget.Kind.INDEX && indexes.contains(t.object());
        }
        return false;
    }

    /** What uses {@code ref}: for a view, what reads its columns too (see {@link DependencyIndex#usedByWithColumns}). */
    private static List<Dependency> usedBy(Catalog current, ObjectRef ref) {
        DependencyIndex index = DependencyIndex.of(current);
        return isView(ref) ? index.usedByWithColumns(ref) : index.usedBy(ref);
    }

    private static boolean isView(ObjectRef ref) {
        return ref.kind() == ObjectKind.VIEW || ref.kind() == ObjectKind.MATERIALIZED_VIEW;
    }

    private static ObjectRef column(QualifiedName table, String column) {
        return ObjectRef.member(ObjectKind.COLUMN, table, column);
    }

    /** {@code public.t.c} for a column, else the ref's own form ({@code view public.v}). */
    private static String describe(ObjectRef ref) {
        return ref.kind() == ObjectKind.COLUMN ? ref.name() + "." + ref.member() : ref.toString();
    }
}
