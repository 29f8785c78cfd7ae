package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentObject;
import dev.converge.change.CreateObject;
import dev.converge.change.DropObject;
import dev.converge.model.Catalog;
import dev.converge.model.ObjectRef;

/**
 * Objects managed by their definition (statistics, ...), matched by identity. A changed definition is dropped and
 * created again; so is an unchanged object when something it uses is dropped or changes type in the changes found
 * so far (PostgreSQL would refuse that change while the object exists, or drop the object with it).
 */
final class DefinedObjectDiffer {

    private DefinedObjectDiffer() {
    }

    static ChangeSet diff(Catalog current, Catalog desired, ChangeSet found) {
        if (current.definedObjects().isEmpty() && desired.definedObjects().isEmpty()) {
            return found;
        }
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        DependencyIndex currentUses = DependencyIndex.of(current);
        DependencyIndex desiredUses = DependencyIndex.of(desired);
        List<Change> changes = new ArrayList<>();
        Pairs.match(current.definedObjectsByRef(), desired.definedObjectsByRef(),
                c -> changes.add(new DropObject(c, currentUses.uses(c.ref()))),
                d -> changes.add(new CreateObject(d, desiredUses.uses(d.ref()))),
                (c, d) -> {
                    List<ObjectRef> uses = currentUses.uses(c.ref());
                    if (!c.sameDefinition(d) || uses.stream().anyMatch(dropped::disturbs)) {
                        changes.add(new DropObject(c, uses));
                        changes.add(new CreateObject(d, desiredUses.uses(d.ref())));
                    } else if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new CommentObject(d));
                    }
                });
        return found.plus(changes);
    }
}
