package dev.converge.plan;

import java.util.List;

import dev.converge.change.AlterSequence;
import dev.converge.change.CreateSequence;
import dev.converge.change.DropSequence;
import dev.converge.change.SetSequenceOwner;

/**
 * Sequences and their owning columns. A sequence is a relation that defaults name in a regclass literal; its owner
 * is released before the owning column is dropped (or the sequence would go with it) and set once the new owning
 * column exists.
 */
final class SequenceFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(CreateSequence.class, 100, Stage.CREATE_SEQUENCES)
                .facts((c, mentions, f) -> {
                    f.requires().add(ObjectKey.schema(c.sequence().name().schema()));
                    f.provides().add(ObjectKey.relation(c.sequence().name()));
                })
                .names((c, names) -> names.sequence(c.sequence().name()))
                .render((c, context) -> List.of(SequenceSql.create(c)))
                .createsIsolated();
        kinds.add(DropSequence.class, 50, Stage.DROP_SEQUENCES_AND_TYPES)
                .facts((d, mentions, f) -> {
                    f.removes().add(ObjectKey.relation(d.sequence().name()));
                    f.releases().add(ObjectKey.schema(d.sequence().name().schema()));
                })
                .names((d, names) -> names.sequence(d.sequence().name()))
                .render(SequenceFamily::drop)
                .removal();
        kinds.add(AlterSequence.class, 110, Stage.CREATE_SEQUENCES)
                .facts((a, mentions, f) -> f.requires().add(ObjectKey.relation(a.desired().name())))
                .render((a, context) -> SequenceSql.alter(a));
        kinds.add(SetSequenceOwner.class, 10,
                        s -> s.desiredOwner() == null ? Stage.RELEASE_SEQUENCE_OWNERS : Stage.SET_SEQUENCE_OWNERS)
                .facts((s, mentions, f) -> ownerFacts(s, f))
                .render((s, context) -> List.of(SequenceSql.setOwner(s)));
    }

    /** With a backup, a sequence owned by a dropped table moves into the backup schema with its table. */
    private static List<Statement> drop(DropSequence d, RenderContext context) {
        if (context.keepsBackups() && d.sequence().ownedBy() != null
                && context.droppedTables().contains(d.sequence().ownedBy().table())) {
            return List.of();
        }
        return List.of(SequenceSql.drop(d));
    }

    private static void ownerFacts(SetSequenceOwner s, ChangeFacts f) {
        f.requires().add(ObjectKey.relation(s.sequence()));
        if (s.currentOwner() != null) {
            // Releasing the current owner must precede that column's drop, or the sequence goes with it.
            f.releases().add(ObjectKey.column(s.currentOwner()));
            f.removes().add(ObjectKey.sequenceOwner(s.sequence()));
        }
        if (s.desiredOwner() != null) {
            f.requires().add(ObjectKey.table(s.desiredOwner().table()));
            f.requires().add(ObjectKey.column(s.desiredOwner()));
            f.provides().add(ObjectKey.sequenceOwner(s.sequence()));
        }
    }
}
