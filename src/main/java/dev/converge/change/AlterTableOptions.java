package dev.converge.change;

import java.util.Objects;

import dev.converge.model.TableOptions;

/**
 * Row-level security, storage parameters and replica identity of one table, from {@code current} to
 * {@code desired} ({@link TableOptions#defaults} for a table the plan creates).
 */
public record AlterTableOptions(TableOptions current, TableOptions desired) implements Change {

    public AlterTableOptions {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        if (!current.table().equals(desired.table())) {
            throw new IllegalArgumentException("options of two tables: " + current.table() + ", " + desired.table());
        }
    }

    @Override
    public String sortName() {
        return desired().table().toString();
    }
}
