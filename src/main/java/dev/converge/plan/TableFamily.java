package dev.converge.plan;

import java.util.List;

import dev.converge.change.AddColumn;
import dev.converge.change.AlterInheritance;
import dev.converge.change.AlterColumn;
import dev.converge.change.AttachPartition;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateTable;
import dev.converge.change.DetachPartition;
import dev.converge.change.DropColumn;
import dev.converge.change.DropTable;
import dev.converge.change.NameAttachedIndex;
import dev.converge.change.RestoreRows;
import dev.converge.change.SaveRows;
import dev.converge.change.SetTableLogged;
import dev.converge.model.Column;

/**
 * Tables, their columns and their place in a partitioned parent (see {@link TableFacts}, {@link TableSql},
 * {@link ColumnSql}). A table's name is also a type (its row type) that signatures and other types may mention.
 * With a backup, dropped tables and columns are moved aside instead ({@link BackupSql}).
 */
final class TableFamily implements ChangeFamily {

    @Override
    public void register(ChangeKinds.Registry kinds) {
        kinds.add(CreateTable.class, 120, Stage.CREATE_TABLES_AND_COLUMNS)
                .facts((c, mentions, f) -> {
                    TableFacts.create(c.table(), mentions, f);
                    TableFacts.inherits(c.inheritance(), f);
                })
                .names((c, names) -> names.rowType(c.table().name()))
                .render((c, context) -> {
                    List<Statement> statements = new java.util.ArrayList<>(c.defaultPartition() == null
                            ? List.of(TableSql.create(c)) : DefaultPartitionSql.create(c, TableSql.create(c)));
                    statements.addAll(TableSql.dropCopiedDefaults(c));
                    return statements;
                })
                // a partition of an existing table is attached to it, which its readers see
                .createsIsolated((c, context) -> !c.table().isPartition()
                        || context.isNew(c.table().partitionOf().parent()));
        kinds.add(DropTable.class, 40, Stage.DROP_TABLES_AND_COLUMNS)
                .facts((d, mentions, f) -> TableFacts.drop(d.table(), mentions, f))
                .names((d, names) -> names.rowType(d.table().name()))
                .render((d, context) -> context.keepsBackups() ? BackupSql.dropTable(d, context.backup())
                        : List.of(TableSql.drop(d)))
                .preflight((d, planner) -> planner.dropTable(d))
                .removal();
        kinds.add(SaveRows.class, 37, Stage.DROP_TABLES_AND_COLUMNS)
                .facts((s, mentions, f) -> TableFacts.saveRows(s, f))
                .render((s, context) -> List.of(RowsSql.save(s)));
        kinds.add(RestoreRows.class, 177, Stage.CREATE_TABLES_AND_COLUMNS)
                .facts((r, mentions, f) -> TableFacts.restoreRows(r, f))
                .render((r, context) -> RowsSql.restore(r))
                .preflight((r, planner) -> planner.restoreRows(r));
        kinds.add(NameAttachedIndex.class, 197, Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((n, mentions, f) -> TableFacts.nameAttachedIndex(n, f))
                .render((n, context) -> List.of(TableSql.nameAttachedIndex(n)));
        kinds.add(SetTableLogged.class, 130, Stage.CREATE_TABLES_AND_COLUMNS)
                .facts((s, mentions, f) -> f.requires().add(ObjectKey.table(s.table())))
                .render((s, context) -> List.of(TableSql.setLogged(s)))
                .preflight((s, planner) -> planner.setLogged(s));
        kinds.add(AttachPartition.class, 160, Stage.ADD_CONSTRAINTS_AND_INDEXES)
                .facts((a, mentions, f) -> TableFacts.attach(a, f))
                .render((a, context) -> List.of(TableSql.attach(a)));
        kinds.add(DetachPartition.class, 150, Stage.DROP_CONSTRAINTS_AND_INDEXES)
                .facts((d, mentions, f) -> TableFacts.detach(d, f))
                .render((d, context) -> TableSql.detach(d))
                .removal();
        kinds.add(AlterInheritance.class, 150, a -> a.inherit() ? Stage.CREATE_TABLES_AND_COLUMNS
                        : Stage.DROP_CONSTRAINTS_AND_INDEXES)
                .facts((a, mentions, f) -> TableFacts.alterInheritance(a, f))
                .render((a, context) -> TableSql.alterInheritance(a));
        kinds.add(AddColumn.class, 140, Stage.CREATE_TABLES_AND_COLUMNS)
                .facts(TableFacts::addColumn)
                .render((a, context) -> List.of(TableSql.addColumn(a)))
                .preflight((a, planner) -> planner.addColumn(a))
                .phases((a, statements) -> insertsNeedIt(a.column()) ? PhaseRules.contract(statements)
                        : PhaseRules.byHazards(statements));
        kinds.add(DropColumn.class, 30, Stage.DROP_TABLES_AND_COLUMNS)
                .facts(TableFacts::dropColumn)
                .render((d, context) -> context.keepsBackups() ? BackupSql.dropColumn(d, context.backup())
                        : List.of(TableSql.dropColumn(d)))
                .preflight((d, planner) -> planner.dropColumn(d))
                .removal();
        kinds.add(AlterColumn.class, 170, Stage.CREATE_TABLES_AND_COLUMNS)
                .facts(TableFacts::alterColumn)
                .render((a, context) -> ColumnSql.alter(a, context.shapeCompared(a.table(), a.current().name())))
                .preflight((a, planner) -> planner.alterColumn(a))
                // All of its statements: the NOT VALID check of a SET NOT NULL already refuses NULLs from the code.
                .phases((a, statements) -> narrows(a, statements) ? PhaseRules.contract(statements)
                        : PhaseRules.byHazards(statements));
    }

    /** A NOT NULL column without a default: inserts from code that does not know it fail. */
    private static boolean insertsNeedIt(Column column) {
        return column.notNull() && column.defaultExpression() == null && !column.identity().isPresent()
                && !column.isGenerated();
    }

    /** SET NOT NULL, a dropped default, or a type change that may lose data. */
    private static boolean narrows(AlterColumn a, List<Statement> statements) {
        return a.has(ColumnAspect.NOT_NULL) && a.desired().notNull()
                || a.has(ColumnAspect.DEFAULT) && a.desired().defaultExpression() == null
                || statements.stream().anyMatch(PhaseRules::narrowing);
    }
}
