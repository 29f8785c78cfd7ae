package dev.converge.diff;

import java.util.List;
import java.util.Objects;

import dev.converge.change.AlterSequence;
import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateSequence;
import dev.converge.change.DropSequence;
import dev.converge.change.SetComment;
import dev.converge.change.SetSequenceOwner;
import dev.converge.model.Catalog;
import dev.converge.model.ColumnRef;
import dev.converge.model.Sequence;

/** Standalone sequences: create, drop, options, ownership and comment. */
final class SequenceDiffer {

    private SequenceDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Pairs.match(current.sequencesByName(), desired.sequencesByName(),
                s -> changes.add(new DropSequence(s)),
                s -> {
                    changes.add(new CreateSequence(s));
                    if (s.ownedBy() != null) {
                        changes.add(new SetSequenceOwner(s.name(), null, s.ownedBy()));
                    }
                    if (s.comment() != null) {
                        changes.add(new SetComment(CommentTarget.sequence(s.name()), s.comment()));
                    }
                },
                (c, d) -> compare(current, desired, c, d, changes));
    }

    private static void compare(Catalog current, Catalog desired, Sequence c, Sequence d, List<Change> changes) {
        if (!options(c).equals(options(d))) {
            changes.add(new AlterSequence(c, d));
        }
        ColumnRef have = c.ownedBy();
        ColumnRef want = d.ownedBy();
        if (!Objects.equals(have, want)) {
            if (have != null && want != null && !ColumnDiffer.survives(current, desired, have)) {
                // The current owner is dropped before the new one exists: release it first, or the drop
                // would take the sequence with it.
                changes.add(new SetSequenceOwner(c.name(), have, null));
                changes.add(new SetSequenceOwner(c.name(), null, want));
            } else {
                changes.add(new SetSequenceOwner(c.name(), have, want));
            }
        }
        if (!Objects.equals(c.comment(), d.comment())) {
            changes.add(new SetComment(CommentTarget.sequence(d.name()), d.comment()));
        }
    }

    private static Sequence options(Sequence sequence) {
        return sequence.withOwnedBy(null).withComment(null);
    }
}
