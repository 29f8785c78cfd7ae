package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Put the rows {@link SaveRows} copied aside into the table created again, once it and its desired partitions
 * ({@code tables}, the desired table and its partitions at every level, parents first) exist; before the foreign keys that reference it and the triggers on it.
 * {@code overriding}: a kept column is an identity column GENERATED ALWAYS; {@code identityColumns}: the
 * identity columns whose new sequences must continue after the kept values.
 */
public record RestoreRows(QualifiedName table, List<String> columns, List<Table> tables,
                          boolean overriding, List<String> identityColumns) implements Change {

    public RestoreRows {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
        identityColumns = List.copyOf(identityColumns);
    }

    @Override
    public String sortName() {
        return table.toString();
    }
}
