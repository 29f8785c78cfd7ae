package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Table;

/**
 * Drop a table. Its foreign keys to other tables are separate {@link DropConstraint}s so that FK cycles never decide
 * the drop order. {@code rowsKept}: the table is created again and its rows were saved first ({@link SaveRows}),
 * so the drop deletes nothing.
 */
public record DropTable(Table table, boolean rowsKept) implements Change {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    public DropTable(Table table) {
        this(table, false);
    }

    @Override
    public String sortName() {
        return table().name().toString();
    }
}
