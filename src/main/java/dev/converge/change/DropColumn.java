package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Column;
import dev.converge.model.QualifiedName;

/** Drop a column from a table that stays (also the first half of recreating a column). */
public record DropColumn(QualifiedName table, Column column) implements Change {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String sortName() {
        return table() + "." + column().name();
    }
}
