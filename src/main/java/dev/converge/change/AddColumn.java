package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Column;
import dev.converge.model.QualifiedName;

/**
 * Add a column to a table that exists. {@code position} is the column's index in the desired table; the planner
 * adds new columns of one table in that order so that they end up in the order users wrote.
 */
public record AddColumn(QualifiedName table, Column column, int position) implements Change {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** By desired position, so that new columns are added in the order users wrote them. */
    @Override
    public String sortName() {
        return table() + "." + String.format("%06d", position());
    }
}
