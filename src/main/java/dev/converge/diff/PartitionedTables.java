package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;

import dev.converge.change.AddConstraint;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.model.Catalog;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Table;

/**
 * Marks the foreign keys added to a partitioned table, whatever pass added them: PostgreSQL (up to 17) refuses
 * {@code ADD FOREIGN KEY ... NOT VALID} there, so the planner must add them validated in one step.
 */
final class PartitionedTables {

    private PartitionedTables() {
    }

    static ChangeSet markForeignKeys(Catalog desired, ChangeSet found) {
        List<Change> changes = new ArrayList<>(found.changes().size());
        for (Change change : found.changes()) {
            if (change instanceof AddConstraint a && !a.partitionedTable()
                    && a.constraint().kind() == ConstraintKind.FOREIGN_KEY
                    && desired.table(a.table()).map(Table::isPartitioned).orElse(false)) {
                changes.add(a.withPartitionedTable());
            } else {
                changes.add(change);
            }
        }
        return new ChangeSet(changes);
    }
}
