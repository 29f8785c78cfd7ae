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
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.DropEnum;
import dev.converge.change.DropFunction;
import dev.converge.change.DropIndex;
import dev.converge.change.DropObject;
import dev.converge.change.DropTable;
import dev.converge.change.DropView;
import dev.converge.change.RebuildEnum;
import dev.converge.change.ReplaceView;
import dev.converge.change.SetViewColumnDefault;
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
 * changes or that is dropped, a dropped table, a view, function, type, domain or defined object that is dropped (and
 * perhaps re-created), an enum that is rebuilt. Every view, materialized view, function or procedure that depends
 * on such an object, directly or through other views and functions (the current catalog's dependencies say which: PostgreSQL records what a
 * SQL-standard body, {@code RETURN expr} or {@code BEGIN ATOMIC}, reads), is dropped before the change and, when the
 * desired state keeps it, re-created after it from its desired definition. The changes carry what they read, so the
 * planner orders the drops outermost first and the creates innermost first. What lives on a table and uses a
 * function or view moved here (triggers, policies, checks, indexes) follows in {@link DisturbedTableParts}.
 *
 * <p>Objects managed by their definition in the way (an aggregate, operator, cast or operator class over a
 * re-created function) are re-created the same way ({@link DependentDefinedObjects}), and disturb what uses them.
 *
 * <p>Other kinds of disturbance join by adding a line to {@link #disturbances}; other kinds of dependent join in
 * {@link #recreate}'s loop.
 */
final class DependentObjects {

    private DependentObjects() {
    }

    static ChangeSet recreate(Catalog current, Catalog desired, ChangeSet found) {
        List<Change> changes = new ArrayList<>(found.changes());
        Map<ObjectRef, String> disturbed = disturbances(changes, desired);
        InheritanceDiffer.reachedChildren(current, desired, disturbed);
        Set<QualifiedName> handled = new HashSet<>();
        Set<ObjectRef> handledRoutines = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof DropView d) {
                handled.add(d.view().name());
            } else if (change instanceof DropFunction d) {
                handledRoutines.add(d.function().ref());
            }
        }
        Deque<ObjectRef> work = new ArrayDeque<>(disturbed.keySet());
        Map<QualifiedName, View> currentViews = current.viewsByName();
        Map<QualifiedName, View> desiredViews = desired.viewsByName();
        DependentDefinedObjects definedObjects = new DependentDefinedObjects(current, desired, changes);
        while (!work.isEmpty()) {
            ObjectRef ref = work.poll();
            String reason = "depends on " + describe(ref) + ", " + disturbed.get(ref);
            for (Dependency dependency : usedBy(current, ref)) {
                ObjectRef dependent = dependency.dependent();
                if (isRoutine(dependent) && handledRoutines.add(dependent)
                        && DependentRoutines.recreate(dependent, current, desired, changes)) {
                    disturbed.put(dependent, "which is re-created");
                    work.add(dependent);
                }
                if (definedObjects.recreate(dependent, changes)) {
                    disturbed.put(dependent, "which is re-created");
                    work.add(dependent);
                }
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

    /** Objects that views and SQL-standard functions cannot survive a change to, with how the change affects them (for summaries). */
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
            } else if (change instanceof DropFunction d) {
                boolean kept = desired.functionsByRef().containsKey(d.function().ref());
                disturbed.put(d.function().ref(), kept ? "which is re-created" : "which is dropped");
            } else if (change instanceof DropDomain d) {
                boolean kept = desired.domainsByName().containsKey(d.domain().name());
                disturbed.put(ObjectRef.of(ObjectKind.DOMAIN, d.domain().name()), recreated(kept));
            } else if (change instanceof DropCompositeType d) {
                boolean kept = desired.compositeTypesByName().containsKey(d.type().name());
                disturbed.put(ObjectRef.of(ObjectKind.TYPE, d.type().name()), recreated(kept));
            } else if (change instanceof DropEnum d) {
                disturbed.put(ObjectRef.of(ObjectKind.TYPE, d.enumType().name()), "which is dropped");
            } else if (change instanceof RebuildEnum r) {
                // renamed aside and dropped once its columns use the new one: what names it would hold it
                disturbed.put(ObjectRef.of(ObjectKind.TYPE, r.current().name()), "which is re-created");
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
        } else if (change instanceof SetViewColumnDefault d) {
            return d.view().equals(view);
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

    /**
     * What uses {@code ref}: for a view or a table, what reads its columns too (see
     * {@link DependencyIndex#usedByWithColumns}); a dropped foreign table (a defined object) names no columns of its
     * own, and what reads them depends on the columns only.
     */
    private static List<Dependency> usedBy(Catalog current, ObjectRef ref) {
        DependencyIndex index = DependencyIndex.of(current);
        return isView(ref) || ref.kind() == ObjectKind.TABLE ? index.usedByWithColumns(ref) : index.usedBy(ref);
    }

    private static String recreated(boolean kept) {
        return kept ? "which is re-created" : "which is dropped";
    }

    private static boolean isRoutine(ObjectRef ref) {
        return ref.kind() == ObjectKind.FUNCTION || ref.kind() == ObjectKind.PROCEDURE;
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
