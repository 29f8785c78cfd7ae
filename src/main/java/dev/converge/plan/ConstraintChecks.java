package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.converge.change.AddConstraint;
import dev.converge.change.ValidateCheckCopy;
import dev.converge.change.CreateIndex;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.ForeignKey;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.SqlTokens;

/**
 * Data checks for constraints and unique indexes added to existing tables: the rows PostgreSQL would reject when
 * it validates them. A constraint added NOT VALID checks no existing row and is skipped; so is one over a column
 * the plan adds (no values yet) and a check expression over a column the plan renames (the expression uses the new
 * name, the live table still has the old one).
 */
final class ConstraintChecks {

    private ConstraintChecks() {
    }

    static void add(PreflightPlanner planner, AddConstraint a) {
        Constraint c = a.constraint();
        QualifiedName table = planner.live().table(a.table());
        String change = "add " + ConstraintSql.kindName(c.kind()) + " " + c.name() + " on " + table;
        if (PreflightPlanner.indexBacked(c.kind())) {
            planner.add(new TableWork(table, "index build (" + c.name() + ")"));
        }
        boolean newColumn = c.columns().stream().anyMatch(col -> planner.isNewColumn(a.table(), col));
        if (c.notValid() || newColumn) {
            return;
        }
        List<String> columns = c.columns().stream().map(col -> planner.live().column(a.table(), col)).toList();
        switch (c.kind()) {
            case PRIMARY_KEY -> {
                for (String column : columns) {
                    planner.add(new DataCheck(DataCheck.Kind.NULLS, table, change, "row(s) with NULL in " + column,
                            null, DataCheckSql.count(table, SqlText.identifier(column) + " IS NULL"),
                            null, true));
                }
                planner.add(duplicates(planner, table, change, columns, null, false));
            }
            case UNIQUE -> planner.add(duplicates(planner, table, change, columns, null,
                    c.definition().contains("NULLS NOT DISTINCT")));
            case CHECK -> violations(planner, a.table(), c, change);
            case FOREIGN_KEY -> planner.add(foreignKey(planner, table, change, columns, c.foreignKey()));
            default -> {
                // Exclusion constraints compare rows with arbitrary operators; not checked before the apply.
            }
        }
    }

    /**
     * A unique index is checked when its keys are plain columns: {@code columns} lists those, and the key list of
     * the definition has exactly as many entries. An expression index is built (and fails) as planned.
     */
    static void index(PreflightPlanner planner, CreateIndex create) {
        Index index = create.index();
        QualifiedName table = planner.live().table(index.table());
        planner.add(new TableWork(table, "index build (" + index.name() + ")"));
        boolean newColumn = index.columns().stream().anyMatch(col -> planner.isNewColumn(index.table(), col));
        if (!index.unique() || newColumn || keyCount(index.definition()) != index.columns().size()) {
            return;
        }
        boolean renamed = index.columns().stream().anyMatch(col -> planner.live().columnRenamed(index.table(), col));
        if (index.predicate() != null && renamed) {
            return;
        }
        List<String> columns = index.columns().stream().map(col -> planner.live().column(index.table(), col))
                .toList();
        planner.add(duplicates(planner, table, "create unique index " + index.qualifiedName(), columns,
                index.predicate(), index.definition().contains("NULLS NOT DISTINCT")));
    }

    /**
     * Keys that occur more than once among the rows the index covers (not a parent's children: fuzz case
     * {@code seed_2012}); NULLs are distinct unless the constraint says NULLS NOT DISTINCT.
     */
    private static DataCheck duplicates(PreflightPlanner planner, QualifiedName table, String change,
                                        List<String> columns, String predicate, boolean nullsNotDistinct) {
        List<String> conditions = new ArrayList<>();
        if (!nullsNotDistinct) {
            conditions.add(DataCheckSql.allNotNull(columns, null));
        }
        if (predicate != null) {
            conditions.add("(" + predicate + ")");
        }
        String groups = DataCheckSql.fromIndexed(table, planner.partitioned(table)) + DataCheckSql.where(String.join(" AND ", conditions))
                + " GROUP BY " + DataCheckSql.columnList(columns) + " HAVING pg_catalog.count(*) > 1";
        return new DataCheck(DataCheck.Kind.DUPLICATES, table, change,
                "duplicated key(s) (" + String.join(", ", columns) + ")", null,
                "SELECT pg_catalog.count(*) FROM (SELECT 1" + groups + ") AS duplicated",
                "SELECT " + DataCheckSql.rowLabel(columns, null) + " || ' (' || pg_catalog.count(*) || ' rows)'"
                        + groups + " ORDER BY pg_catalog.count(*) DESC, 1" + DataCheckSql.limit(),
                true);
    }

    /**
     * The rows of {@code table} (the name the plan uses) for which {@code check}'s expression is false, shown by
     * primary key and the check's columns; the expression is written against the desired table, so it is evaluated
     * over the live rows in that shape.
     */
    private static void violations(PreflightPlanner planner, QualifiedName table, Constraint check, String change) {
        String expression = DataCheckSql.checkExpression(check.definition());
        if (expression == null) {
            return;
        }
        QualifiedName liveTable = planner.live().table(table);
        String from = " FROM " + planner.desiredShape(table) + " AS t WHERE NOT " + expression;
        List<String> shown = new ArrayList<>(planner.primaryKey(liveTable).orElse(List.of()).stream()
                .map(col -> planner.live().desiredColumn(table, col)).toList());
        check.columns().stream().filter(col -> !shown.contains(col)).forEach(shown::add);
        planner.add(new DataCheck(DataCheck.Kind.CHECK_VIOLATION, liveTable, change,
                "row(s) for which " + expression + " is false", null, "SELECT pg_catalog.count(*)" + from,
                "SELECT " + DataCheckSql.rowLabel(shown, "t") + from + DataCheckSql.limit(), true));
    }

    /**
     * A partition's NOT VALID copy of its parent's check, validated by the plan: the rows of that partition for which
     * the expression is false would make VALIDATE fail after the commit. The expression is the live one of the
     * ancestor that owns the check; a partition the plan creates is empty, and a check the plan adds to the parent
     * has its own preflight, which counts the rows of every partition.
     */
    static void validateCopy(PreflightPlanner planner, ValidateCheckCopy v) {
        if (planner.isNewTable(v.partition())) {
            return;
        }
        // the model lists a check on the table that owns it, not on the partitions that hold copies
        v.ancestors().stream()
                .map(ancestor -> planner.liveConstraint(planner.live().table(ancestor), v.constraint()))
                .flatMap(Optional::stream).findFirst()
                .ifPresent(check -> violations(planner, v.partition(), check, "validate the copy of check "
                        + v.constraint() + " on partition " + planner.live().table(v.partition())));
    }

    /**
     * Rows whose key is complete (MATCH SIMPLE: no column NULL) and matches no row of the referenced table; with
     * MATCH FULL also rows whose key is partly NULL. A referenced table that the plan creates is empty.
     */
    private static DataCheck foreignKey(PreflightPlanner planner, QualifiedName table, String change,
                                        List<String> columns, ForeignKey fk) {
        QualifiedName referenced = planner.live().table(fk.referencedTable());
        List<String> referencedColumns = fk.referencedColumns().stream()
                .map(col -> planner.live().column(fk.referencedTable(), col)).toList();
        String missing;
        if (planner.isNewTable(fk.referencedTable())) {
            missing = "true";
        } else {
            List<String> matches = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                matches.add("p." + SqlText.identifier(referencedColumns.get(i)) + " = c."
                        + SqlText.identifier(columns.get(i)));
            }
            missing = "NOT EXISTS (SELECT 1 FROM " + SqlText.qualified(referenced) + " AS p WHERE "
                    + String.join(" AND ", matches) + ")";
        }
        String condition = "(" + DataCheckSql.allNotNull(columns, "c") + " AND " + missing + ")";
        if ("FULL".equals(fk.match()) && columns.size() > 1) {
            String anyNull = columns.stream().map(col -> "c." + SqlText.identifier(col) + " IS NULL")
                    .collect(Collectors.joining(" OR "));
            String allNull = columns.stream().map(col -> "c." + SqlText.identifier(col) + " IS NULL")
                    .collect(Collectors.joining(" AND "));
            condition = condition + " OR ((" + anyNull + ") AND NOT (" + allNull + "))";
        }
        String from = " FROM " + SqlText.qualified(table) + " AS c WHERE " + condition;
        return new DataCheck(DataCheck.Kind.FOREIGN_KEY_VIOLATION, table, change,
                "row(s) whose (" + String.join(", ", columns) + ") has no match in " + referenced
                        + " (" + String.join(", ", referencedColumns) + ")", null,
                "SELECT pg_catalog.count(*)" + from,
                "SELECT DISTINCT " + DataCheckSql.rowLabel(columns, "c") + from + " ORDER BY 1"
                        + DataCheckSql.limit(), true);
    }

    /** The number of entries in the key list of a {@code pg_get_indexdef} text: {@code USING btree (a, lower(b))}. */
    static int keyCount(String definition) {
        int open = definition.indexOf(" USING ");
        open = open < 0 ? -1 : definition.indexOf('(', open);
        if (open < 0) {
            return -1;
        }
        List<String> keys = SqlTokens.items(definition, open);
        return keys.isEmpty() ? -1 : keys.size();
    }
}
