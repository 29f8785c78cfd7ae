package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentObject;
import dev.converge.change.CreateObject;
import dev.converge.change.DropObject;
import dev.converge.model.Catalog;
import dev.converge.model.DefinedObject;
import dev.converge.model.Dependency;
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
                c -> changes.add(drop(c, currentUses)),
                d -> changes.add(new CreateObject(d, desiredUses.uses(d.ref()))),
                (c, d) -> {
                    List<ObjectRef> uses = currentUses.uses(c.ref());
                    if (!c.sameDefinition(d) || uses.stream().anyMatch(dropped::disturbs)) {
                        changes.add(drop(c, currentUses));
                        changes.add(new CreateObject(d, desiredUses.uses(d.ref())));
                    } else if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new CommentObject(d));
                    }
                });
        // what uses an object re-created here (a class using a re-created operator) is re-created too
        return recreateDisturbed(current, desired, found.plus(changes));
    }

    /** The drop of {@code object}, after what uses it in the current catalog and before what it uses. */
    private static DropObject drop(DefinedObject object, DependencyIndex currentUses) {
        return new DropObject(object, currentUses.uses(object.ref()),
                currentUses.usedBy(object.ref()).stream().map(Dependency::dependent).distinct().toList());
    }

    /**
     * Objects kept so far whose dependencies the changes found drop: after the dependent views were moved out of
     * the way, the triggers and rules on such a view (PostgreSQL drops them with it); after an object was re-created,
     * what uses it. Repeated until nothing more is disturbed.
     */
    static ChangeSet recreateDisturbed(Catalog current, Catalog desired, ChangeSet found) {
        ChangeSet before;
        ChangeSet after = found;
        do {
            before = after;
            after = recreateDisturbedOnce(current, desired, before);
        } while (after != before);
        return after;
    }

    /** One round of {@link #recreateDisturbed}: returns {@code found} itself when nothing more is disturbed. */
    private static ChangeSet recreateDisturbedOnce(Catalog current, Catalog desired, ChangeSet found) {
        if (current.definedObjects().isEmpty()) {
            return found;
        }
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        Set<ObjectRef> handled = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof DropObject d) {
                handled.add(d.object().ref());
            }
        }
        DependencyIndex currentUses = DependencyIndex.of(current);
        DependencyIndex desiredUses = DependencyIndex.of(desired);
        Map<ObjectRef, DefinedObject> wanted = desired.definedObjectsByRef();
        List<Change> changes = new ArrayList<>();
        for (DefinedObject have : current.definedObjects()) {
            DefinedObject want = wanted.get(have.ref());
            List<ObjectRef> uses = currentUses.uses(have.ref());
            if (want != null && !handled.contains(have.ref()) && uses.stream().anyMatch(dropped::disturbs)) {
                changes.add(drop(have, currentUses));
                changes.add(new CreateObject(want, desiredUses.uses(want.ref())));
            }
        }
        if (changes.isEmpty()) {
            return found;
        }
        List<Change> all = new ArrayList<>(found.changes());
        // a comment change of an object now created again is part of its creation
        all.removeIf(c -> c instanceof CommentObject co && changes.stream()
                .anyMatch(n -> n instanceof CreateObject cr && cr.object().ref().equals(co.object().ref())));
        all.addAll(changes);
        return new ChangeSet(all);
    }
}
