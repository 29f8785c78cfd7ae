package dev.converge.diff;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddColumn;
import dev.converge.change.AlterColumn;
import dev.converge.change.ColumnAspect;
import dev.converge.error.UnsupportedChangeException;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.TableInheritance;

/**
 * The column an inheritance child gets when its parent's {@code ADD COLUMN} reaches it, and what the child then
 * still has to change to hold its own values. PostgreSQL gives the child (and its children, at any depth) a copy of
 * the parent's default and NOT NULL; a child whose desired column differs (pg_dump writes
 * {@code ALTER TABLE ONLY child ALTER COLUMN c SET DEFAULT NULL} for "none of the parent's", or another default of
 * its own; a NOT NULL the parent has not) gets its own {@code ALTER COLUMN}, which the planner runs after the adds.
 * Type, collation and generation expression must equal the parent's (PostgreSQL refuses a child that differs);
 * comments, privileges and per-column settings are compared by their own differs, from nothing. An identity
 * column is refused: PostgreSQL adds none to a table with children ("cannot recursively add identity column").
 */
final class ReachedColumns {

    private ReachedColumns() {
    }

    /**
     * The child's own alter of the column whose add {@code add} was left out because a parent's add reaches it;
     * null when what reaches it is what the child wants.
     */
    static AlterColumn ownValues(AddColumn add, Map<QualifiedName, TableInheritance> have,
                                 Map<QualifiedName, TableInheritance> want, Catalog current, Catalog desired) {
        Column wanted = add.column();
        Optional<Column> reached = reached(add.table(), wanted.name(), have, want, current, desired);
        if (reached.isEmpty()) {
            return null;
        }
        Column from = wanted.withDefault(reached.get().defaultExpression()).withNotNull(reached.get().notNull());
        Set<ColumnAspect> aspects = EnumSet.noneOf(ColumnAspect.class);
        boolean ownDefault = !wanted.isGenerated() && !wanted.identity().isPresent();
        if (ownDefault && !Objects.equals(from.defaultExpression(), wanted.defaultExpression())) {
            aspects.add(ColumnAspect.DEFAULT);
        }
        if (from.notNull() != wanted.notNull()) {
            aspects.add(ColumnAspect.NOT_NULL);
        }
        return aspects.isEmpty() ? null : new AlterColumn(add.table(), from, wanted, aspects);
    }

    /**
     * What the parent's add gives {@code table}'s column: the first kept parent's desired column, whose default
     * is the one of the ancestor whose add it is (a child's own default is set ONLY on it, so it does not reach
     * the child's children), whose NOT NULL is the parent's as desired (SET and DROP NOT NULL recurse).
     */
    private static Optional<Column> reached(QualifiedName table, String column,
                                            Map<QualifiedName, TableInheritance> have,
                                            Map<QualifiedName, TableInheritance> want, Catalog current,
                                            Catalog desired) {
        Map<QualifiedName, Table> tables = desired.tablesByName();
        for (QualifiedName parentName : InheritanceDiffer.keptParents(table, have, want)) {
            Optional<Column> parent = Optional.ofNullable(tables.get(parentName)).flatMap(t -> t.column(column));
            if (parent.isEmpty()) {
                continue;
            }
            boolean addedToParent = current.table(parentName).flatMap(t -> t.column(column)).isEmpty();
            if (addedToParent && InheritanceDiffer.inherited(parentName, column, want, have, desired)) {
                // the parent's own add is left out too: the add of an ancestor reaches both
                Optional<Column> ancestor = reached(parentName, column, have, want, current, desired);
                return Optional.of(parent.get().withDefault(
                        ancestor.map(Column::defaultExpression).orElse(parent.get().defaultExpression())));
            }
            if (parent.get().identity().isPresent()) {
                throw new UnsupportedChangeException("identity column " + parentName + "." + column
                        + ": PostgreSQL cannot add an identity column to a table that has inheritance children ("
                        + table + "); add it as a plain column first, or create the children after it");
            }
            return parent;
        }
        return Optional.empty();
    }
}
