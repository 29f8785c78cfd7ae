package dev.converge.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import dev.converge.change.DropIndex;
import dev.converge.change.DropObject;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.DefinedObject;
import dev.converge.model.Dependency;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Objects managed by their definition (statistics, collations, range types...), matched by identity. A changed
 * definition is dropped and created again; so is an unchanged object when something it uses is dropped or changes
 * type in the changes found so far (PostgreSQL would refuse that change while the object exists, or drop the object
 * with it), or when another defined object it uses is re-created (a text search configuration and its dictionary).
 * A column or an index that keeps using a re-created object (a column of a range type whose definition changes, an
 * index with a changed collation) cannot survive the drop: that is refused, naming them.
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
        refuseKeptUsers(have, want, rebuilt, currentUses, dropped, keptIndexes(current, found, dropped));
        List<Change> changes = new ArrayList<>();
        Pairs.match(have, want,
                c -> changes.add(new DropObject(c, currentUses.uses(c.ref()))),
                d -> changes.add(new CreateObject(d, desiredUses.uses(d.ref()))),
                (c, d) -> {
                    if (rebuilt.contains(c.ref())) {
                        changes.add(new DropObject(c, currentUses.uses(c.ref())));
                        changes.add(new CreateObject(d, desiredUses.uses(d.ref())));
                    } else if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new CommentObject(d));
                    }
                });
        return found.plus(changes);
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
     * Dropping an object that a column or an index keeps using fails in PostgreSQL (or, with CASCADE, would drop the
     * column and its data): refused before anything runs.
     */
    private static void refuseKeptUsers(Map<ObjectRef, DefinedObject> have, Map<ObjectRef, DefinedObject> want,
                                        Set<ObjectRef> rebuilt, DependencyIndex currentUses, DroppedObjects dropped,
                                        Set<QualifiedName> keptIndexes) {
        for (DefinedObject object : have.values()) {
            boolean gone = !want.containsKey(object.ref());
            if (!gone && !rebuilt.contains(object.ref())) {
                continue;
            }
            String users = currentUses.usedBy(object.ref()).stream().map(Dependency::dependent)
                    .filter(ref -> ref.kind() == ObjectKind.COLUMN && !dropped.disturbs(ref)
                            || ref.kind() == ObjectKind.INDEX && keptIndexes.contains(ref.name()))
                    .map(ref -> ref.kind() == ObjectKind.COLUMN ? ref.name() + "." + ref.member()
                            : "index " + ref.name())
                    .distinct().sorted().collect(Collectors.joining(", "));
            if (!users.isEmpty()) {
                throw new UnsupportedChangeException(object.describe() + ": must be "
                        + (gone ? "dropped" : "dropped and created again because its definition changes")
                        + ", but columns or indexes still use it (" + users + "); change those columns to another "
                        + "type or collation and those indexes first (or drop them), or migrate the "
                        + object.kind().label() + " by hand");
            }
        }
    }

    /** The indexes of the current tables that neither the changes found so far nor their table's drop remove. */
    private static Set<QualifiedName> keptIndexes(Catalog current, ChangeSet found, DroppedObjects dropped) {
        Set<QualifiedName> kept = new TreeSet<>();
        for (Table table : current.tables()) {
            if (!dropped.contains(ObjectRef.of(ObjectKind.TABLE, table.name()))) {
                table.indexes().forEach(index -> kept.add(index.qualifiedName()));
            }
        }
        for (Change change : found.changes()) {
            if (change instanceof DropIndex d) {
                kept.remove(d.index().qualifiedName());
            }
        }
        return kept;
    }
}
