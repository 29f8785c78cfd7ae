package dev.converge.diff;

import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropTrigger;
import dev.converge.change.SetComment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import dev.converge.model.Catalog;
import dev.converge.model.ObjectRef;
import dev.converge.model.Trigger;

/**
 * Triggers, matched by table and name. A changed trigger is dropped and created again; so is an unchanged one
 * whose function is dropped and created again, because PostgreSQL will not drop a function a trigger uses.
 */
final class TriggerDiffer {

    private TriggerDiffer() {
    }

    static void diff(Catalog current, Catalog desired, Set<ObjectRef> recreatedFunctions, List<Change> changes) {
        Pairs.match(byKey(current.triggers()), byKey(desired.triggers()),
                t -> changes.add(new DropTrigger(t)),
                t -> create(t, changes),
                (c, d) -> {
                    if (!c.sameDefinition(d) || recreatedFunctions.contains(c.functionRef())) {
                        changes.add(new DropTrigger(c));
                        create(d, changes);
                    } else if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.trigger(d.table(), d.name()), d.comment()));
                    }
                });
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
