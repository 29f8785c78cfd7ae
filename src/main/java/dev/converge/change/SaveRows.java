package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Copy the rows of a table that is dropped and created again (e.g. made partitioned) aside before the drop, so
 * that {@link RestoreRows} puts them into the new table in the same transaction. {@code columns}: those the new
 * table keeps; {@code tables}: the table and its current partitions at every level, which must not be dropped
 * before the copy.
 */
public record SaveRows(QualifiedName table, List<String> columns, List<QualifiedName> tables) implements Change {

    public SaveRows {
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
    }

    @Override
    public String sortName() {
        return table.toString();
    }
}
