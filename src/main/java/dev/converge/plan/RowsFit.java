package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.converge.change.RestoreRows;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.Table;

/**
 * The preflight question of a table created again as partitioned: do its kept rows fit the new partitions? A row
 * that no partition accepts (no bound covers it and there is no DEFAULT partition) would fail the restore half-way
 * through the plan; asked before, apply refuses with the table's name and changes nothing. PostgreSQL itself says
 * what each partition accepts: the new partitions are built as temporary tables and their partition constraints
 * read back ({@link DataCheck#ROWS_FIT_HELPER}).
 */
final class RowsFit {

    private static final String ROOT = "pg_temp.converge_fit_0";

    private RowsFit() {
    }

    /** Nothing to ask when the new table is not partitioned. {@code live}: the table's name on the database. */
    static Optional<DataCheck> check(RestoreRows r, QualifiedName live) {
        Table root = r.tables().get(0);
        if (!root.isPartitioned()) {
            return Optional.empty();
        }
        List<String> statements = new ArrayList<>();
        List<String> columns = root.columns().stream().map(c -> SqlText.identifier(c.name()) + " " + c.type()
                + (c.collation() != null ? " COLLATE " + c.collation() : "")).toList();
        statements.add("CREATE TEMP TABLE converge_fit_0 (" + String.join(", ", columns) + ") PARTITION BY "
                + root.partitionKey());
        for (int i = 1; i < r.tables().size(); i++) {
            Table partition = r.tables().get(i);
            int parent = indexOf(r.tables(), partition.partitionOf().parent());
            statements.add("CREATE TEMP TABLE converge_fit_" + i + " PARTITION OF converge_fit_" + parent + " "
                    + partition.partitionOf().bound()
                    + (partition.isPartitioned() ? " PARTITION BY " + partition.partitionKey() : ""));
        }
        List<String> projection = new ArrayList<>();
        for (Column column : root.columns()) {
            String value = r.columns().contains(column.name()) ? SqlText.identifier(column.name()) : "NULL";
            projection.add("CAST(" + value + " AS " + column.type() + ") AS " + SqlText.identifier(column.name()));
        }
        String rows = "SELECT " + String.join(", ", projection) + " FROM " + SqlText.qualified(live);
        String count = "SELECT pg_temp.converge_rows_outside(" + SqlText.literal(ROOT) + ", ARRAY["
                + String.join(", ", statements.stream().map(SqlText::literal).toList()) + "]::text[], "
                + SqlText.literal(rows) + ")";
        return Optional.of(new DataCheck(DataCheck.Kind.ROWS_OUTSIDE_PARTITIONS, live,
                "create table " + r.table() + " again, partitioned (its rows are kept)",
                "row(s) that no partition of the new table accepts (add a partition or a DEFAULT partition "
                        + "for them)", null, count, null, true));
    }

    private static int indexOf(List<Table> tables, QualifiedName name) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("partition parent " + name + " is not in the tree of " + tables.get(0).name());
    }
}
