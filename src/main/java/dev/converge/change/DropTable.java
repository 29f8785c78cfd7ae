package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Table;

/** Drop a table. Its foreign keys to other tables are separate {@link DropConstraint}s so that FK cycles never decide the drop order. */
public record DropTable(Table table) implements Change {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public String sortName() {
        return table().name().toString();
    }
}
