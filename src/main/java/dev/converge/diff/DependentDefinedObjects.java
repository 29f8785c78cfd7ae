package dev.converge.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.change.CommentObject;
import dev.converge.change.CreateObject;
import dev.converge.change.DropObject;
import dev.converge.model.Catalog;
import dev.converge.model.DefinedObject;
import dev.converge.model.ObjectRef;

/**
 * An object managed by its definition (an aggregate over a state function, an operator over its function, a cast
 * WITH FUNCTION, an operator class over its support functions and operators) in the way of a change that
 * {@link DependentObjects} found: PostgreSQL will not drop a function, type or view while such an object depends on
 * it. The object is dropped before and created again after from its desired definition (its comment is part of its
 * creation; its privileges come back with the grants of re-created objects, GrantDiffer). It then disturbs what
 * uses it in turn (a view calling the aggregate, a class over the operator), which {@link DependentObjects} moves
 * too; the checks and indexes that use it follow in {@link DisturbedTableParts} and {@link DependentIndexes}.
 * {@link DefinedObjectDiffer} re-creates the objects over what the plain diff drops; this class those over what is
 * only found to be in the way later (a function re-created because a view it reads is).
 */
final class DependentDefinedObjects {

    private final Catalog current;
    private final Catalog desired;
    private final Map<ObjectRef, DefinedObject> have;
    private final Map<ObjectRef, DefinedObject> want;
    private final Set<ObjectRef> handled = new HashSet<>();

    /** For the changes found so far: objects they already drop are left as they are. */
    DependentDefinedObjects(Catalog current, Catalog desired, List<Change> changes) {
        this.current = current;
        this.desired = desired;
        this.have = current.definedObjectsByRef();
        this.want = desired.definedObjectsByRef();
        for (Change change : changes) {
            if (change instanceof DropObject d) {
                handled.add(d.object().ref());
            }
        }
    }

    /**
     * Drops the object {@code ref} and creates it again, in place of whatever was planned for it (a comment).
     * Returns false when nothing was done: it is not an object of both catalogs, or its drop is already planned.
     *
     * @throws dev.converge.error.UnsupportedChangeException when a kept column has it as its type or collation
     */
    boolean recreate(ObjectRef ref, List<Change> changes) {
        DefinedObject currentObject = have.get(ref);
        DefinedObject desiredObject = want.get(ref);
        if (currentObject == null || desiredObject == null || !handled.add(ref)) {
            return false;
        }
        DependencyIndex currentUses = DependencyIndex.of(current);
        DefinedObjectDiffer.refuseKeptColumns(currentObject, false, currentUses, DroppedObjects.of(changes));
        changes.removeIf(c -> c instanceof CommentObject co && co.object().ref().equals(ref));
        changes.add(DefinedObjectDiffer.drop(currentObject, currentUses));
        changes.add(new CreateObject(desiredObject, DependencyIndex.of(desired).uses(ref)));
        return true;
    }
}
