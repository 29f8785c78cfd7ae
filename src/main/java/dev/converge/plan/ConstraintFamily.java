package dev.converge.plan;

import java.util.List;

import dev.converge.change.AddConstraint;
import dev.converge.change.CreateIndex;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropIndex;
import dev.converge.change.ValidateCheckCopy;
import dev.converge.model.ConstraintKind;

/**
 * Constraints and indexes (see {@link ConstraintFacts}, {@link ConstraintSql}). Foreign keys sort apart: dropped
 * early and added late, so that tables that reference each other can always be created. On a table that exists,
 * an index is built or dropped CONCURRENTLY after the transaction, and whatever must follow it can move there too.
 */
final class ConstraintFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(AddConstraint.class, 180, a -> a.constraint().kind() == ConstraintKind.FOREIGN_KEY
                        ? Stage.ADD_FOREIGN_KEYS : Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((a, mentions, f) -> ConstraintFacts.addConstraint(a, mentions, f))
                .render((a, context) -> ConstraintSql.add(a, context.isNew(a.table())))
                .createsIsolated((a, context) -> context.isNew(a.table()) && (a.constraint().foreignKey() == null
                        || context.isNew(a.constraint().foreignKey().referencedTable())))
                .preflight((a, planner) -> {
                    if (!planner.isNewTable(a.table())) {
                        ConstraintChecks.add(planner, a);
                    }
                })
                .movableAfterCommit();
        kinds.add(ValidateCheckCopy.class, 185, Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((v, mentions, f) -> ConstraintFacts.validateCopy(v, f))
                .render((v, context) -> List.of(ConstraintSql.validateCopy(v, context.isNew(v.partition()),
                        context.afterCommit())))
                .preflight((v, planner) -> ConstraintChecks.validateCopy(planner, v))
                // scanning a partition that has rows waits for the commit, like VALIDATE after ADD ... NOT VALID
                .online((v, newRelations) -> !newRelations.contains(v.partition()))
                .movableAfterCommit();
        kinds.add(DropConstraint.class, 0, d -> d.constraint().kind() == ConstraintKind.FOREIGN_KEY
                        ? Stage.DROP_FOREIGN_KEYS : Stage.DROP_CONSTRAINTS_AND_INDEXES)
                .facts((d, mentions, f) -> ConstraintFacts.drop(d.table(), d.constraint(), mentions, f))
                .render((d, context) -> List.of(ConstraintSql.drop(d)))
                .removal();
        kinds.add(CreateIndex.class, 190, Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((c, mentions, f) -> ConstraintFacts.createIndex(c, mentions, f))
                .render((c, context) -> List.of(ConstraintSql.createIndex(c, context.isNew(c.index().table()),
                        context.afterCommit())))
                .createsIsolated((c, context) -> context.isNew(c.index().table()))
                .preflight((c, planner) -> {
                    if (!planner.isNewTable(c.index().table())) {
                        ConstraintChecks.index(planner, c);
                    }
                })
                // PostgreSQL cannot build an index of a partitioned table concurrently.
                .online((c, newRelations) -> !newRelations.contains(c.index().table())
                        && !c.index().onPartitionedTable())
                .movableAfterCommit();
        kinds.add(DropIndex.class, 20, Stage.DROP_CONSTRAINTS_AND_INDEXES)
                .facts((d, mentions, f) -> ConstraintFacts.index(d.index(), mentions, f.removes(), f.releases()))
                .render((d, context) -> List.of(ConstraintSql.dropIndex(d, context.afterCommit())))
                .online((d, newRelations) -> !d.index().onPartitionedTable())
                .movableAfterCommit()
                .removal();
    }
}
