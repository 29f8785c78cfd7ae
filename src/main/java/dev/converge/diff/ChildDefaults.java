package dev.converge.diff;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateTable;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * The defaults of a new inheritance child's inherited columns. Its CREATE TABLE leaves those columns out (INHERITS
 * brings them), so each takes its parent's default as the parent has it when the child is created: the current one,
 * as a parent's default alone is changed ONLY on the parent (plan's ColumnSql), or the desired one. A child whose
 * default differs from either (pg_dump writes {@code ALTER TABLE ONLY child ALTER COLUMN c SET DEFAULT} for one of its
 * own) gets its own {@code ALTER COLUMN} after its CREATE, which provides the column.
 */
final class ChildDefaults {

    private ChildDefaults() {
    }

    static void add(CreateTable create, Catalog current, Catalog desired, List<Change> changes) {
        Table child = create.table();
        for (Column column : child.columns()) {
            if (!create.inheritance().inherits(column.name()) || column.isGenerated()
                    || column.identity().isPresent()) {
                continue;
            }
            String desiredParent = parentDefault(create.inheritance().parents(), column.name(), desired);
            String currentParent = parentDefault(create.inheritance().parents(), column.name(), current);
            String want = column.defaultExpression();
            if (Objects.equals(want, desiredParent) && Objects.equals(want, currentParent)) {
                continue;
            }
            // what the child may have copied; SET DEFAULT renders whatever it is, DROP DEFAULT needs one
            String copied = desiredParent != null && !desiredParent.equals(want) ? desiredParent : currentParent;
            changes.add(new AlterColumn(child.name(), column.withDefault(copied != null ? copied : desiredParent),
                    column, EnumSet.of(ColumnAspect.DEFAULT)));
        }
    }

    /** The default of the first parent that has the column (PostgreSQL merges the parents' columns in order). */
    private static String parentDefault(List<QualifiedName> parents, String column, Catalog catalog) {
        for (QualifiedName name : parents) {
            Optional<Column> parentColumn = catalog.table(name).flatMap(t -> t.column(column));
            if (parentColumn.isPresent()) {
                return parentColumn.get().defaultExpression();
            }
        }
        return null;
    }
}
