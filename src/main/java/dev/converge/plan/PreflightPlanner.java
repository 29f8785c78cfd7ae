package dev.converge.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddColumn;
import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateTable;
import dev.converge.change.CreateView;
import dev.converge.change.DropColumn;
import dev.converge.change.DropTable;
import dev.converge.change.RestoreRows;
import dev.converge.change.SetTableLogged;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.Table;

/**
 * Turns a change set into the questions to ask the live data before the plan runs ({@link DataCheck}) and the
 * size-dependent work to show ({@link TableWork}). Only changes to tables that exist are checked: a table the
 * plan creates is empty. Names are the live ones (see {@link LiveNames}); {@code current} is the live catalog,
 * used for primary keys (what identifies a row in a sample).
 */
public final class PreflightPlanner {

    private final Catalog current;
    private final boolean backup;
    private final LiveNames live;
    private final Set<QualifiedName> newTables = new HashSet<>();
    private final Set<String> newColumns = new HashSet<>();
    private final java.util.Map<String, AlterColumn> retyped = new java.util.HashMap<>();
    private final List<DataCheck> checks = new ArrayList<>();
    private final List<TableWork> work = new ArrayList<>();

    private PreflightPlanner(ChangeSet changes, Catalog current, boolean backup) {
        this.current = current;
        this.backup = backup;
        this.live = new LiveNames(changes);
        for (Change change : changes.changes()) {
            if (change instanceof CreateTable c) {
                newTables.add(c.table().name());
            } else if (change instanceof CreateView c && c.view().materialized()) {
                newTables.add(c.view().name());
            } else if (change instanceof AddColumn a) {
                newColumns.add(a.table() + "\u0000" + a.column().name());
            } else if (change instanceof AlterColumn a && a.has(ColumnAspect.TYPE)) {
                retyped.put(a.table() + "\u0000" + a.desired().name(), a);
            }
        }
        // a table created again keeps its rows: checks against it read the live table, as for any other
        changes.changes().stream().filter(RestoreRows.class::isInstance)
                .forEach(r -> newTables.remove(((RestoreRows) r).table()));
    }

    public static Preflight of(ChangeSet changes, Catalog current) {
        return of(changes, current, false);
    }

    /** @param backup true under apply --backup: dropped tables and columns are kept, so they delete no data */
    public static Preflight of(ChangeSet changes, Catalog current, boolean backup) {
        PreflightPlanner planner = new PreflightPlanner(changes, current, backup);
        for (Change change : changes.changes()) {
            ChangeKinds.of(change).addPreflight(change, planner);
        }
        planner.checks.sort(Comparator.comparing((DataCheck c) -> c.table()).thenComparing(DataCheck::change)
                .thenComparing(DataCheck::finding));
        planner.work.sort(Comparator.comparing(TableWork::table).thenComparing(TableWork::work));
        return new Preflight(planner.checks, planner.work);
    }

    /** Rows a dropped table takes with it; none under apply --backup, which keeps the table. */
    void dropTable(DropTable d) {
        if (backup || d.rowsKept()) {
            return;
        }
        QualifiedName table = live.table(d.table().name());
        checks.add(new DataCheck(DataCheck.Kind.DATA_DROPPED, table, "drop table " + table, "row(s) deleted",
                null, DataCheckSql.count(table, null), null, false));
    }

    /** The kept rows must fit the new table's partitions (see {@link RowsFit}). */
    void restoreRows(RestoreRows r) {
        RowsFit.check(r, live.table(r.table())).ifPresent(checks::add);
    }

    void setLogged(SetTableLogged s) {
        work.add(new TableWork(live.table(s.table()), "table rewrite (" + (s.logged() ? "LOGGED" : "UNLOGGED")
                + ")"));
    }

    void alterColumn(AlterColumn a) {
        QualifiedName table = live.table(a.table());
        String column = live.column(a.table(), a.desired().name());
        String name = table + "." + column;
        if (a.has(ColumnAspect.NOT_NULL) && a.desired().notNull()) {
            checks.add(new DataCheck(DataCheck.Kind.NULLS, table, "set not null on " + name,
                    "row(s) with NULL in " + column, null,
                    DataCheckSql.count(table, SqlText.identifier(column) + " IS NULL"),
                    rowSample(table, SqlText.identifier(column) + " IS NULL"), true));
        }
        if (a.has(ColumnAspect.TYPE)) {
            castCheck(table, column, a.current().type(), a.desired().type());
            if (!TypeChange.binaryCoercible(a.current().type(), a.desired().type())) {
                work.add(new TableWork(table, "table rewrite (" + column + " " + a.current().type() + " -> "
                        + a.desired().type() + ")"));
            }
        }
    }

    /**
     * The plan converts with {@code USING column[::text]::type} (see {@link ColumnSql}); the probe evaluates the
     * same expression over every non-NULL value and fails on the first value that does not convert.
     */
    private void castCheck(QualifiedName table, String column, String currentType, String desiredType) {
        String value = SqlText.identifier(column) + ColumnSql.viaText(currentType, desiredType);
        String notNull = SqlText.identifier(column) + " IS NOT NULL";
        String fails = notNull + " AND pg_temp.converge_cast_fails(" + value + ", "
                + SqlText.literal(desiredType) + ")";
        checks.add(new DataCheck(DataCheck.Kind.CAST_FAILURE, table,
                "change type of " + table + "." + column + " to " + desiredType,
                "value(s) that do not convert to " + desiredType,
                DataCheckSql.count(table, notNull + " AND (" + value + "::" + desiredType + ") IS NULL"),
                DataCheckSql.count(table, fails),
                "SELECT DISTINCT pg_catalog.quote_nullable(" + SqlText.identifier(column) + ")"
                        + DataCheckSql.from(table) + DataCheckSql.where(fails) + DataCheckSql.limit(),
                true));
    }

    /** A NOT NULL column without a default (identity and generated columns fill themselves) needs an empty table. */
    void addColumn(AddColumn a) {
        Column c = a.column();
        if (newTables.contains(a.table())) {
            return;
        }
        QualifiedName table = live.table(a.table());
        if (c.isGenerated() || c.identity().isPresent()) {
            work.add(new TableWork(table, "table rewrite (" + c.name() + " filled for every row)"));
            return;
        }
        if (c.notNull() && c.defaultExpression() == null) {
            checks.add(new DataCheck(DataCheck.Kind.ROWS_FOR_NEW_NOT_NULL_COLUMN, table,
                    "add column " + table + "." + c.name() + " NOT NULL without a default",
                    "existing row(s), which would get NULL", null, DataCheckSql.count(table, null),
                    rowSample(table, null), true));
        }
    }

    /** Values a dropped column takes with it; none under apply --backup, which keeps the column. */
    void dropColumn(DropColumn d) {
        if (backup) {
            return;
        }
        QualifiedName table = live.table(d.table());
        String column = live.column(d.table(), d.column().name());
        checks.add(new DataCheck(DataCheck.Kind.DATA_DROPPED, table, "drop column " + table + "." + column,
                "non-NULL value(s) deleted", null,
                DataCheckSql.count(table, SqlText.identifier(column) + " IS NOT NULL"), null, false));
    }

    /** A few rows matching {@code condition}, identified by their primary key; null when the table has none. */
    String rowSample(QualifiedName liveTable, String condition) {
        Optional<List<String>> key = primaryKey(liveTable);
        if (key.isEmpty()) {
            return null;
        }
        return "SELECT " + DataCheckSql.rowLabel(key.get(), null) + DataCheckSql.from(liveTable)
                + DataCheckSql.where(condition) + " ORDER BY " + DataCheckSql.columnList(key.get())
                + DataCheckSql.limit();
    }

    /**
     * The live table as the plan will leave it, for an expression written against the desired state (a check
     * constraint): every live column under its desired name, converted to its desired type as the plan converts
     * it. Just the table when nothing is renamed or retyped. {@code table} is the name the plan uses.
     */
    String desiredShape(QualifiedName table) {
        QualifiedName liveTable = live.table(table);
        Optional<Table> currentTable = current.table(liveTable);
        if (currentTable.isEmpty()) {
            return SqlText.qualified(liveTable);
        }
        List<String> columns = new ArrayList<>();
        boolean reshaped = false;
        for (Column column : currentTable.get().columns()) {
            String desiredName = live.desiredColumn(table, column.name());
            AlterColumn retype = retyped.get(table + "\u0000" + desiredName);
            String value = SqlText.identifier(column.name());
            if (retype != null) {
                value = value + ColumnSql.viaText(retype.current().type(), retype.desired().type()) + "::"
                        + retype.desired().type();
            }
            reshaped |= retype != null || !desiredName.equals(column.name());
            columns.add(value + " AS " + SqlText.identifier(desiredName));
        }
        if (!reshaped) {
            return SqlText.qualified(liveTable);
        }
        return "(SELECT " + String.join(", ", columns) + DataCheckSql.from(liveTable) + ")";
    }

    boolean partitioned(QualifiedName liveTable) {
        return current.table(liveTable).map(t -> t.partitionKey() != null).orElse(false);
    }

    /** The live table's constraint of that name, as the database has it now. */
    Optional<dev.converge.model.Constraint> liveConstraint(QualifiedName liveTable, String name) {
        return current.table(liveTable).flatMap(t -> t.constraints().stream()
                .filter(c -> c.name().equals(name)).findFirst());
    }

    Optional<List<String>> primaryKey(QualifiedName liveTable) {
        return current.table(liveTable).flatMap(Table::primaryKey).map(pk -> pk.columns());
    }

    boolean isNewTable(QualifiedName table) {
        return newTables.contains(table);
    }

    /** True when the plan adds {@code column} to {@code table}: its values do not exist yet, nothing to check. */
    boolean isNewColumn(QualifiedName table, String column) {
        return newColumns.contains(table + "\u0000" + column);
    }

    LiveNames live() {
        return live;
    }

    void add(DataCheck check) {
        checks.add(check);
    }

    void add(TableWork tableWork) {
        work.add(tableWork);
    }

    static boolean indexBacked(ConstraintKind kind) {
        return kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE
                || kind == ConstraintKind.EXCLUSION;
    }
}
