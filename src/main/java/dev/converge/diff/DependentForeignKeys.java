package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddConstraint;
import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CommentTarget;
import dev.converge.change.DropColumn;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropIndex;
import dev.converge.change.DropTable;
import dev.converge.change.SetComment;
import dev.converge.model.Catalog;
import dev.converge.model.ColumnRef;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Unchanged foreign keys that must still be dropped and added again because something they depend on is: the
 * unique constraint or unique index on the referenced columns (PostgreSQL refuses to drop it while the FK
 * exists), or the type of a referenced or referencing column (the FK is re-added after both sides are altered).
 */
final class DependentForeignKeys {

    private DependentForeignKeys() {
    }

    /** A PK, UNIQUE constraint or unique index, by table and column set: what a foreign key's index is found by. */
    private record UniqueKey(QualifiedName table, Set<String> columns) {
        UniqueKey {
            columns = Set.copyOf(columns);
        }
    }

    private record ConstraintId(QualifiedName table, String name) {
    }

    static ChangeSet recreate(Catalog current, Catalog desired, ChangeSet found) {
        List<Change> changes = found.changes();
        Set<UniqueKey> droppedKeys = new HashSet<>();
        Set<ColumnRef> retyped = new HashSet<>();
        Set<ConstraintId> droppedConstraints = new HashSet<>();
        Set<QualifiedName> droppedTables = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof DropConstraint drop) {
                droppedConstraints.add(new ConstraintId(drop.table(), drop.constraint().name()));
                ConstraintKind kind = drop.constraint().kind();
                if (kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE) {
                    droppedKeys.add(new UniqueKey(drop.table(), Set.copyOf(drop.constraint().columns())));
                }
            } else if (change instanceof DropIndex drop && drop.index().unique() && drop.index().predicate() == null) {
                droppedKeys.add(new UniqueKey(drop.index().table(), Set.copyOf(drop.index().columns())));
            } else if (change instanceof DropTable drop) {
                // a table dropped and created again (e.g. partitioned now): the keys into it go and come back
                droppedTables.add(drop.table().name());
                for (Constraint key : drop.table().constraints()) {
                    if (key.kind() == ConstraintKind.PRIMARY_KEY || key.kind() == ConstraintKind.UNIQUE) {
                        droppedKeys.add(new UniqueKey(drop.table().name(), Set.copyOf(key.columns())));
                    }
                }
            } else if (change instanceof AlterColumn alter && alter.changesType()) {
                retyped.add(new ColumnRef(alter.table(), alter.current().name()));
            } else if (change instanceof DropColumn drop) {
                retyped.add(new ColumnRef(drop.table(), drop.column().name()));
            }
        }
        if (droppedKeys.isEmpty() && retyped.isEmpty()) {
            return found;
        }
        List<Change> extra = new ArrayList<>();
        // By name, not Catalog.table (a scan per table made this quadratic in the number of tables).
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        for (Table want : desired.tables()) {
            Optional<Table> have = Optional.ofNullable(currentTables.get(want.name()));
            if (have.isEmpty() || droppedTables.contains(want.name())) {
                continue; // a dropped table's keys come back with it
            }
            for (Constraint fk : have.get().foreignKeys()) {
                if (!dependsOnChange(want.name(), fk, droppedKeys, retyped)) {
                    continue;
                }
                Optional<Constraint> same = want.constraint(fk.name()).filter(fk::sameDefinition);
                if (same.isPresent() && !droppedConstraints.contains(new ConstraintId(want.name(), fk.name()))) {
                    extra.add(new DropConstraint(want.name(), fk));
                    extra.add(new AddConstraint(want.name(), same.get()));
                    if (same.get().comment() != null) {
                        extra.add(new SetComment(CommentTarget.constraint(want.name(), fk.name()),
                                same.get().comment()));
                    }
                }
            }
        }
        return found.plus(extra);
    }

    private static boolean dependsOnChange(QualifiedName table, Constraint fk, Set<UniqueKey> droppedKeys,
                                           Set<ColumnRef> retyped) {
        QualifiedName referenced = fk.foreignKey().referencedTable();
        List<String> referencedColumns = fk.foreignKey().referencedColumns();
        return !droppedKeys.isEmpty() && droppedKeys.contains(new UniqueKey(referenced, Set.copyOf(referencedColumns)))
                || referencedColumns.stream().anyMatch(c -> retyped.contains(new ColumnRef(referenced, c)))
                || fk.columns().stream().anyMatch(c -> retyped.contains(new ColumnRef(table, c)));
    }
}
