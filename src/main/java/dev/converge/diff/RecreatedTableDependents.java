package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.AlterPolicy;
import dev.converge.change.AlterTableOptions;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreatePolicy;
import dev.converge.change.CreateTable;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropTable;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.Policy;
import dev.converge.model.QualifiedName;
import dev.converge.model.TableOptions;
import dev.converge.model.Trigger;

/**
 * What a table dropped and created again under the same name loses with the drop and the passes comparing
 * objects by name do not see (equal on both sides): its triggers, its policies and its table options (row-level
 * security, storage parameters, replica identity). They are created again on the new table; an alteration of one
 * becomes its creation.
 */
final class RecreatedTableDependents {

    private RecreatedTableDependents() {
    }

    static ChangeSet recreate(Catalog desired, ChangeSet found) {
        Set<QualifiedName> created = new HashSet<>();
        Set<QualifiedName> recreated = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof CreateTable c) {
                created.add(c.table().name());
            }
        }
        for (Change change : found.changes()) {
            if (change instanceof DropTable d && created.contains(d.table().name())) {
                recreated.add(d.table().name());
            }
        }
        if (recreated.isEmpty()) {
            return found;
        }
        Set<String> createdTriggers = new HashSet<>();
        Set<String> createdPolicies = new HashSet<>();
        List<Change> changes = new ArrayList<>();
        for (Change change : found.changes()) {
            if (change instanceof CreateTrigger t) {
                createdTriggers.add(t.trigger().table() + "." + t.trigger().name());
            } else if (change instanceof CreatePolicy p) {
                createdPolicies.add(p.policy().table() + "." + p.policy().name());
            }
            boolean onRecreated = change instanceof AlterPolicy a && recreated.contains(a.desired().table())
                    || change instanceof AlterTableOptions o && recreated.contains(o.desired().table());
            if (!onRecreated) {
                changes.add(change);
            }
        }
        for (Trigger trigger : desired.triggers()) {
            if (recreated.contains(trigger.table()) && !createdTriggers.contains(trigger.table() + "." + trigger.name())) {
                changes.add(new CreateTrigger(trigger));
                if (trigger.comment() != null) {
                    changes.add(new SetComment(CommentTarget.trigger(trigger.table(), trigger.name()),
                            trigger.comment()));
                }
            }
        }
        for (Policy policy : desired.policies()) {
            if (recreated.contains(policy.table()) && !createdPolicies.contains(policy.table() + "." + policy.name())) {
                changes.add(new CreatePolicy(policy));
            }
        }
        for (TableOptions options : desired.tableOptions()) {
            if (recreated.contains(options.table()) && !options.isDefault()) {
                changes.add(new AlterTableOptions(TableOptions.defaults(options.table()), options));
            }
        }
        return new ChangeSet(changes);
    }
}
