package dev.converge.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentObject;
import dev.converge.change.CreateObject;
import dev.converge.change.DropObject;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.DefinedKind;
import dev.converge.model.DefinedObject;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;

/**
 * Objects managed by their definition (statistics, collations, range types...), matched by identity. A changed
 * definition is dropped and created again; so is an unchanged object when something it uses is dropped or changes
 * type in the changes found so far (PostgreSQL would refuse that change while the object exists, or drop the object
 * with it), or when another defined object it uses is re-created (a text search configuration and its dictionary).
 * A column that keeps using a re-created object (a column of a range type whose definition changes) cannot survive
 * the drop: that is refused, naming it; indexes are built again around it (DependentIndexes).
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
        Map<ObjectRef, DefinedObject> have = current.definedObjectsByRef();
        Map<ObjectRef, DefinedObject> want = desired.definedObjectsByRef();
        Set<ObjectRef> rebuilt = rebuilt(have, want, currentUses, dropped);
        refuseKeptUsers(have, want, rebuilt, currentUses, dropped);
        List<Change> changes = new ArrayList<>();
        Pairs.match(have, want,
                c -> changes.add(drop(c, currentUses)),
                d -> changes.add(new CreateObject(d, desiredUses.uses(d.ref()))),
                (c, d) -> {
                    if (rebuilt.contains(c.ref())) {
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
    static DropObject drop(DefinedObject object, DependencyIndex currentUses) {
        // what reads a foreign table's columns depends on the columns only, and must go first all the same
        List<Dependency> users = object.kind() == DefinedKind.FOREIGN_TABLE
                ? currentUses.usedByWithColumns(object.ref()) : currentUses.usedBy(object.ref());
        return new DropObject(object, currentUses.uses(object.ref()),
                users.stream().map(Dependency::dependent).distinct().toList());
    }

    /** The kept objects to drop and create again: changed, disturbed, or using one of those. */
    private static Set<ObjectRef> rebuilt(Map<ObjectRef, DefinedObject> have, Map<ObjectRef, DefinedObject> want,
                                          DependencyIndex currentUses, DroppedObjects dropped) {
        Set<ObjectRef> rebuilt = new TreeSet<>();
        Deque<ObjectRef> work = new ArrayDeque<>();
        have.forEach((ref, c) -> {
            DefinedObject d = want.get(ref);
            if (d != null && (!c.sameDefinition(d) || currentUses.uses(ref).stream().anyMatch(dropped::disturbs))) {
                rebuilt.add(ref);
                work.add(ref);
            }
        });
        while (!work.isEmpty()) {
            for (Dependency use : currentUses.usedBy(work.poll())) {
                ObjectRef dependent = use.dependent();
                if (have.containsKey(dependent) && want.containsKey(dependent) && rebuilt.add(dependent)) {
                    work.add(dependent);
                }
            }
        }
        return rebuilt;
    }

    /**
     * Dropping an object that a kept column uses fails in PostgreSQL (or, with CASCADE, would drop the column and its
     * data): refused before anything runs. Indexes that use it are dropped and built again around it
     * ({@link DependentIndexes}).
     */
    private static void refuseKeptUsers(Map<ObjectRef, DefinedObject> have, Map<ObjectRef, DefinedObject> want,
                                        Set<ObjectRef> rebuilt, DependencyIndex currentUses, DroppedObjects dropped) {
        for (DefinedObject object : have.values()) {
            boolean gone = !want.containsKey(object.ref());
            if (gone || rebuilt.contains(object.ref())) {
                refuseKeptColumns(object, gone, currentUses, dropped);
            }
        }
    }

    /**
     * Refuses the drop of {@code object} while a kept column has it as its type or collation (a range type, a
     * collation): the column cannot be kept without it. What else a column holds of an object (a default using an
     * operator or a cast) is dropped and set again around it ({@link DisturbedTableParts}).
     */
    static void refuseKeptColumns(DefinedObject object, boolean gone, DependencyIndex currentUses,
                                  DroppedObjects dropped) {
        if (object.kind() != DefinedKind.COLLATION && object.kind() != DefinedKind.RANGE_TYPE) {
            return;
        }
        String users = currentUses.usedBy(object.ref()).stream().map(Dependency::dependent)
                .filter(ref -> ref.kind() == ObjectKind.COLUMN && !dropped.disturbs(ref))
                .map(ref -> ref.name() + "." + ref.member())
                .distinct().sorted().collect(Collectors.joining(", "));
        if (!users.isEmpty()) {
            throw new UnsupportedChangeException(object.describe() + ": must be "
                    + (gone ? "dropped" : "dropped and created again (its definition changes, or something it is "
                    + "made of is dropped and created again)")
                    + ", but columns still use it (" + users + "); change those columns to another type or "
                    + "collation first (or drop them), or migrate the "
                    + object.kind().label() + " by hand");
        }
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
