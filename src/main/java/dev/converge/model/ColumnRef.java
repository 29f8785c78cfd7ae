package dev.converge.model;

import java.util.Objects;

/** A reference to a column by table name and column name. */
public record ColumnRef(QualifiedName table, String column) {
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
        return table + "." + column;
    }
}
