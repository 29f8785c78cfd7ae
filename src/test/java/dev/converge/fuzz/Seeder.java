package dev.converge.fuzz;

import java.util.ArrayList;
import java.util.List;

/** The rows loaded into the first version before the apply: three per table, valid for every generated rule. */
final class Seeder {

    static final int ROWS = 3;

    private Seeder() {
    }

    /** INSERTs for every plain and partitioned table, in creation order (foreign keys point backwards). */
    static String inserts(FuzzSchema schema) {
        StringBuilder sql = new StringBuilder();
        for (FuzzTable table : schema.ownTables()) {
            List<FuzzColumn> columns = new ArrayList<>(InheritanceKind.inherited(schema, table).stream()
                    .filter(c -> c.generated() == null).toList());
            columns.addAll(table.columns.stream().filter(FuzzColumn::seeded).toList());
            List<String> rows = new ArrayList<>();
            for (int i = 1; i <= ROWS; i++) {
                int row = i;
                rows.add("(" + String.join(", ", columns.stream().map(c -> c.type().value(row)).toList()) + ")");
            }
            sql.append("INSERT INTO ").append(table.qualified()).append(" (")
                    .append(String.join(", ", columns.stream().map(c -> Sql.id(c.name())).toList()))
                    .append(") VALUES ").append(String.join(", ", rows)).append(";\n");
        }
        return sql.toString();
    }
}
