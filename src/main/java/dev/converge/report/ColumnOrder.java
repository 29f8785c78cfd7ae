package dev.converge.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * The desired catalog with each table's columns in the order the current table has them, its new columns after
 * them in desired order: the order the table will have once the plan ran, since a plan never moves a column
 * (ADD COLUMN appends). Compared with that, a column that is only in another place in the desired state is not
 * shown as removed and added in a definition's diff.
 */
final class ColumnOrder {

    private ColumnOrder() {
    }

    static Catalog alignedTo(Catalog desired, Catalog current) {
        Map<QualifiedName, Table> currentTables = current.tables().stream()
                .collect(Collectors.toMap(Table::name, Function.identity(), (a, b) -> a));
        List<Table> tables = desired.tables().stream()
                .map(t -> Optional.ofNullable(currentTables.get(t.name())).map(c -> aligned(t, c)).orElse(t))
                .toList();
        return desired.toBuilder().tables(tables).build();
    }

    private static Table aligned(Table desired, Table current) {
        List<Column> columns = new ArrayList<>();
        current.columns().forEach(c -> desired.column(c.name()).ifPresent(columns::add));
        desired.columns().stream().filter(c -> current.column(c.name()).isEmpty()).forEach(columns::add);
        return columns.equals(desired.columns()) ? desired : desired.withColumns(columns);
    }
}
