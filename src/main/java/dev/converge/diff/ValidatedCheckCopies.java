package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddConstraint;
import dev.converge.change.AttachPartition;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreateTable;
import dev.converge.change.DropTable;
import dev.converge.change.ValidateCheckCopy;
import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Partitions' copies of NOT VALID checks that the desired state has validated ({@code Table.validatedCheckCopies}).
 * PostgreSQL validates a copy when the partition is created or attached after the constraint and leaves the copies
 * of the partitions that were there unvalidated, so what the plan creates says nothing reliable: a copy is validated
 * explicitly unless it stays as it is and is validated already.
 *
 * <p>The other way round (validated now, not in the desired state) is no change: PostgreSQL cannot mark a validated
 * constraint unvalidated, short of dropping the constraint on the whole partitioned table and adding it again NOT
 * VALID, which would unvalidate every other partition's copy too. A validated copy promises more than the desired
 * state asks for (every row of that partition satisfies the check), which breaks nothing.
 */
final class ValidatedCheckCopies {

    private ValidatedCheckCopies() {
    }

    static ChangeSet validate(Catalog current, Catalog desired, ChangeSet found) {
        Set<QualifiedName> madeAnew = new HashSet<>();
        Set<List<Object>> addedChecks = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof CreateTable c) {
                madeAnew.add(c.table().name());
            } else if (change instanceof DropTable d) {
                madeAnew.add(d.table().name());
            } else if (change instanceof AttachPartition a) {
                madeAnew.add(a.partition());
            } else if (change instanceof AddConstraint a) {
                addedChecks.add(List.of(a.table(), a.constraint().name()));
            }
        }
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        List<Change> changes = new ArrayList<>(found.changes());
        for (Table want : desired.tables()) {
            for (String check : want.validatedCheckCopies()) {
                List<QualifiedName> ancestors = ancestors(want, check, desiredTables);
                if (ancestors.isEmpty()) {
                    continue;
                }
                boolean copyRemade = madeAnew.contains(want.name()) || ancestors.stream().anyMatch(madeAnew::contains)
                        || addedChecks.contains(List.of(ancestors.get(ancestors.size() - 1), check));
                if (copyRemade || !validatedNow(want.name(), check, currentTables)) {
                    changes.add(new ValidateCheckCopy(want.name(), check, ancestors));
                }
            }
        }
        return new ChangeSet(changes);
    }

    /**
     * The partition's ancestors from its parent up to the first that has {@code check} as its own constraint (the
     * one that owns it); empty when none has it, as a catalog read from a database never says.
     */
    static List<QualifiedName> ancestors(Table partition, String check, Map<QualifiedName, Table> tables) {
        List<QualifiedName> chain = new ArrayList<>();
        Table at = partition;
        while (at.isPartition() && chain.size() < tables.size()) {
            QualifiedName parent = at.partitionOf().parent();
            chain.add(parent);
            at = tables.get(parent);
            if (at == null) {
                return List.of();
            }
            if (ownCheck(at, check).isPresent()) {
                return List.copyOf(chain);
            }
        }
        return List.of();
    }

    /** Listed as validated, or a copy of a constraint that is validated itself (whose copies all are). */
    private static boolean validatedNow(QualifiedName partition, String check, Map<QualifiedName, Table> tables) {
        Table have = tables.get(partition);
        if (have == null) {
            return false;
        }
        if (have.validatedCheckCopies().contains(check)) {
            return true;
        }
        List<QualifiedName> ancestors = ancestors(have, check, tables);
        return !ancestors.isEmpty() && ownCheck(tables.get(ancestors.get(ancestors.size() - 1)), check)
                .map(c -> !c.notValid()).orElse(false);
    }

    private static Optional<Constraint> ownCheck(Table table, String check) {
        return table.constraint(check).filter(c -> c.kind() == ConstraintKind.CHECK);
    }
}
