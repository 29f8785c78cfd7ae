package dev.converge.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateTable;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * The defaults and NOT NULL of a new inheritance child's inherited columns. Its CREATE TABLE leaves those columns out
 * (INHERITS brings them), so each takes its parent's default as the parent has it when the child is created: the
 * current one, as a parent's default alone is changed ONLY on the parent (plan's ColumnSql), or the desired one; and
 * the parent's NOT NULL, which is the desired one either way (SET and DROP NOT NULL of the parent recurse to the
 * child). A child whose default or NOT NULL differs (pg_dump writes {@code ALTER TABLE ONLY child ALTER COLUMN c SET
 * DEFAULT} for a default of its own) gets its own {@code ALTER COLUMN} after its CREATE, which provides the column.
 */
final class NewChildColumns {

    private NewChildColumns() {
    }

    static void add(CreateTable create, Catalog current, Catalog desired, List<Change> changes) {
        Table child = create.table();
        for (Column column : child.columns()) {
            if (!create.inheritance().inherits(column.name()) || column.isGenerated()
                    || column.identity().isPresent()) {
                continue;
            }
            Optional<Column> desiredParent = parentColumn(create.inheritance().parents(), column.name(), desired);
            String desiredDefault = desiredParent.map(Column::defaultExpression).orElse(null);
            String currentDefault = parentColumn(create.inheritance().parents(), column.name(), current)
                    .map(Column::defaultExpression).orElse(null);
            String want = column.defaultExpression();
            boolean ownDefault = !Objects.equals(want, desiredDefault) || !Objects.equals(want, currentDefault);
            boolean parentNotNull = desiredParent.map(Column::notNull).orElse(false);
            Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
            if (ownDefault) {
                aspects.add(ColumnAspect.DEFAULT);
            }
            if (column.notNull() != parentNotNull) {
                aspects.add(ColumnAspect.NOT_NULL);
            }
            if (aspects.isEmpty()) {
                continue;
            }
            // what the child may have copied; SET DEFAULT renders whatever it is, DROP DEFAULT needs one
            String copied = desiredDefault != null && !desiredDefault.equals(want) ? desiredDefault : currentDefault;
            Column from = column.withDefault(copied != null ? copied : desiredDefault).withNotNull(parentNotNull);
            changes.add(new AlterColumn(child.name(), from, column, aspects));
        }
    }

    /** The column of the first parent that has it (PostgreSQL merges the parents' columns in order). */
    private static Optional<Column> parentColumn(List<QualifiedName> parents, String column, Catalog catalog) {
        for (QualifiedName name : parents) {
            Optional<Column> parentColumn = catalog.table(name).flatMap(t -> t.column(column));
            if (parentColumn.isPresent()) {
                return parentColumn;
            }
        }
        return Optional.empty();
    }
}
