package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddConstraint;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreateIndex;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropIndex;
import dev.converge.change.RebuildEnum;
import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlTokens;
import dev.converge.model.Table;

/**
 * An enum that is rebuilt (renamed aside, created anew, its columns converted, the old one dropped) takes the
 * indexes and check constraints that name it in an expression or predicate ({@code WHERE status <>
 * 'cancelled'::public.order_status}) with it: PostgreSQL would rebuild them during the column's conversion against
 * the old type and fail. They are dropped before the rebuild and created again after it, unless the changes found
 * so far already do.
 */
final class RebuiltTypeUsers {

    private RebuiltTypeUsers() {
    }

    static ChangeSet recreate(Catalog current, Catalog desired, ChangeSet found) {
        Set<QualifiedName> rebuilt = new HashSet<>();
        Set<String> handled = new HashSet<>();
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        for (Change change : found.changes()) {
            if (change instanceof RebuildEnum r) {
                rebuilt.add(r.current().name());
            } else if (change instanceof DropIndex d) {
                handled.add(d.index().qualifiedName().toString());
            } else if (change instanceof DropConstraint d) {
                handled.add(d.table() + "\u0000" + d.constraint().name());
            }
        }
        if (rebuilt.isEmpty()) {
            return found;
        }
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        List<Change> changes = new ArrayList<>();
        for (Table table : current.tables()) {
            Table want = desiredTables.get(table.name());
            if (want == null || dropped.tableDropped(table.name())) {
                continue;
            }
            for (Index index : table.indexes()) {
                Optional<Index> again = want.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst();
                if (names(index.definition(), rebuilt) && again.isPresent()
                        && !handled.contains(index.qualifiedName().toString())) {
                    changes.add(new DropIndex(index));
                    changes.add(new CreateIndex(again.get()));
                }
            }
            for (Constraint check : table.constraints()) {
                Optional<Constraint> again = want.constraint(check.name());
                if (check.kind() == ConstraintKind.CHECK && names(check.definition(), rebuilt) && again.isPresent()
                        && !handled.contains(table.name() + "\u0000" + check.name())) {
                    changes.add(new DropConstraint(table.name(), check));
                    changes.add(new AddConstraint(table.name(), again.get()));
                }
            }
        }
        return found.plus(changes);
    }

    private static boolean names(String text, Set<QualifiedName> types) {
        return SqlTokens.qualifiedNames(text).stream().anyMatch(use -> types.contains(use.name()));
    }
}
