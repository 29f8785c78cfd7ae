package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Put the rows {@link SaveRows} copied aside into the table created again, once it and its desired partitions
 * ({@code tables}, at every level) exist; before the foreign keys that reference it and the triggers on it.
 * {@code overriding}: a kept column is an identity column GENERATED ALWAYS; {@code identityColumns}: the
 * identity columns whose new sequences must continue after the kept values.
 */
public record RestoreRows(QualifiedName table, List<String> columns, List<QualifiedName> tables,
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
