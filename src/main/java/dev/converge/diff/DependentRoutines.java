package dev.converge.diff;

import java.util.List;

import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateFunction;
import dev.converge.change.ReplaceFunction;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/**
 * A function or procedure in the way of a change found so far (see {@link DependentObjects}): PostgreSQL records
 * what a SQL-standard body reads, and will neither drop a view, function or table it reads nor retype or drop a
 * column it reads ("cannot alter type of a column used by function or procedure") while it exists. It is dropped
 * before the change and created again after it from its desired definition, with its comment; its privileges come
 * back with the grants of re-created objects (GrantDiffer). {@code CREATE OR REPLACE} would not do: the old body
 * still holds the dependency until the drop of what it reads, and the new body needs what is created after it.
 */
final class DependentRoutines {

    private DependentRoutines() {
    }

    /**
     * Replaces whatever the differ planned for the routine {@code ref} by a drop and a create. Returns false when
     * nothing was done: the desired state drops it anyway (its drop is already planned) or it is not a routine of
     * the current catalog.
     */
    static boolean recreate(ObjectRef ref, Catalog current, Catalog desired, List<Change> changes) {
        Routine have = current.functionsByRef().get(ref);
        Routine want = desired.functionsByRef().get(ref);
        if (have == null || want == null) {
            return false;
        }
        changes.removeIf(c -> c instanceof ReplaceFunction r && r.current().ref().equals(ref)
                || c instanceof SetComment s && s.target().equals(CommentTarget.function(have)));
        changes.add(FunctionDiffer.drop(have, current));
        changes.add(new CreateFunction(want, DependencyIndex.of(desired).uses(ref)));
        if (want.comment() != null) {
            changes.add(new SetComment(CommentTarget.function(want), want.comment()));
        }
        return true;
    }
}
