package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropColumn;
import dev.converge.change.DropFunction;
import dev.converge.change.DropTrigger;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.Trigger;

/**
 * Triggers, matched by table and name. A changed trigger is dropped and created again; so is an unchanged one
 * whose function is dropped and created again, or that names a column (UPDATE OF, WHEN) the plan drops or
 * retypes, because PostgreSQL will not drop a function a trigger uses nor drop or retype a column it depends on.
 */
final class TriggerDiffer {

    private TriggerDiffer() {
    }

    static ChangeSet diff(Catalog current, Catalog desired, ChangeSet found) {
        Set<ObjectRef> recreatedFunctions = recreatedFunctions(desired, found);
        Set<ObjectRef> changedColumns = changedColumns(current, desired, found);
        List<Change> changes = new ArrayList<>();
        Pairs.match(byKey(current.triggers()), byKey(desired.triggers()),
                t -> changes.add(new DropTrigger(t)),
                t -> create(t, changes),
                (c, d) -> {
                    if (!c.sameDefinition(d) || recreatedFunctions.contains(c.functionRef())
                            || c.columns().stream().anyMatch(col -> changedColumns.contains(column(c.table(), col)))) {
                        changes.add(new DropTrigger(c));
                        create(d, changes);
                    } else if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.trigger(d.table(), d.name()), d.comment()));
                    }
                });
        return found.plus(changes);
    }

    /** Functions dropped and created again: PostgreSQL will not drop one while a trigger uses it. */
    private static Set<ObjectRef> recreatedFunctions(Catalog desired, ChangeSet found) {
        Set<ObjectRef> recreated = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof DropFunction d && desired.functionsByRef().containsKey(d.function().ref())) {
                recreated.add(d.function().ref());
            }
        }
        return recreated;
    }

    /**
     * Columns the plan drops or retypes, with those of inheritance children and partitions that the change of a
     * parent's column reaches (PostgreSQL drops or retypes them with it, and refuses just the same while one of
     * their own triggers depends on them).
     */
    /** A partition the desired state detaches leaves before its parent's changes ({@link LeftParents}). */
    private static boolean detached(Table partition, Table wanted) {
        return wanted != null && !(wanted.isPartition()
                && wanted.partitionOf().parent().equals(partition.partitionOf().parent()));
    }

    private static Set<ObjectRef> changedColumns(Catalog current, Catalog desired, ChangeSet found) {
        Map<ObjectRef, String> changed = new TreeMap<>();
        for (Change change : found.changes()) {
            if (change instanceof AlterColumn a && a.changesType()) {
                changed.put(column(a.table(), a.current().name()), "whose type changes");
            } else if (change instanceof DropColumn d) {
                changed.put(column(d.table(), d.column().name()), "which is dropped");
            }
        }
        boolean grew = !changed.isEmpty();
        while (grew) {
            int before = changed.size();
            InheritanceDiffer.reachedChildren(current, desired, changed);
            Map<QualifiedName, Table> desiredTables = desired.tablesByName();
            for (Table table : current.tables()) {
                if (table.isPartition() && !detached(table, desiredTables.get(table.name()))) {
                    for (Column c : table.columns()) {
                        String reason = changed.get(column(table.partitionOf().parent(), c.name()));
                        if (reason != null) {
                            changed.putIfAbsent(column(table.name(), c.name()), reason + " on the parent");
                        }
                    }
                }
            }
            grew = changed.size() > before;
        }
        return changed.keySet();
    }

    private static ObjectRef column(QualifiedName table, String column) {
        return ObjectRef.member(ObjectKind.COLUMN, table, column);
    }

    private static void create(Trigger trigger, List<Change> changes) {
        changes.add(new CreateTrigger(trigger));
        if (trigger.comment() != null) {
            changes.add(new SetComment(CommentTarget.trigger(trigger.table(), trigger.name()), trigger.comment()));
        }
    }

    /** Keyed by {@code schema.table} and name; the separator keeps the order by table first. */
    private static Map<String, Trigger> byKey(List<Trigger> triggers) {
        Map<String, Trigger> map = new TreeMap<>();
        triggers.forEach(t -> map.put(t.table().schema() + "\0" + t.table().name() + "\0" + t.name(), t));
        return map;
    }
}
