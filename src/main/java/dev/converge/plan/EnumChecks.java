package dev.converge.plan;

import java.util.List;
import java.util.stream.Collectors;

import dev.converge.change.RebuildEnum.EnumUse;
import dev.converge.change.RebuildEnum;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;

/** Rows that hold an enum value the plan removes (the rebuild's guard would stop the apply halfway otherwise). */
final class EnumChecks {

    private EnumChecks() {
    }

    static void rebuild(PreflightPlanner planner, RebuildEnum rebuild) {
        List<String> removed = rebuild.removedLabels();
        for (EnumUse use : rebuild.uses()) {
            QualifiedName table = planner.live().table(use.table());
            if (planner.isNewTable(use.table())) {
                continue;
            }
            planner.add(new TableWork(table, "table rewrite (" + use.column() + " converted to the rebuilt "
                    + rebuild.desired().name() + ")"));
            if (removed.isEmpty()) {
                continue;
            }
            String column = SqlText.identifier(planner.live().column(use.table(), use.column()));
            String values = removed.stream().map(SqlText::literal).collect(Collectors.joining(", "));
            String condition = use.type().endsWith("[]")
                    ? column + "::text[] && ARRAY[" + values + "]::text[]"
                    : column + "::text IN (" + values + ")";
            planner.add(new DataCheck(DataCheck.Kind.REMOVED_ENUM_VALUE, table,
                    "remove value(s) " + values + " from enum " + rebuild.current().name(),
                    "row(s) whose " + use.column() + " holds a removed value", null,
                    DataCheckSql.count(table, condition),
                    "SELECT " + column + "::text || ' (' || pg_catalog.count(*) || ' rows)'"
                            + DataCheckSql.from(table) + DataCheckSql.where(condition) + " GROUP BY " + column
                            + " ORDER BY pg_catalog.count(*) DESC, 1" + DataCheckSql.limit(), true));
        }
    }
}
