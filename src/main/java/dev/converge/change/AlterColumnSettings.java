package dev.converge.change;

import java.util.Objects;

import dev.converge.model.ColumnSettings;
import dev.converge.model.QualifiedName;

/**
 * The statistics target, storage, compression or attribute options of one column, from {@code current} (what
 * the column has once the plan's other changes ran: {@link ColumnSettings#NONE} for a column the plan creates)
 * to {@code desired}. Catalog-only: no row is rewritten.
 */
public record AlterColumnSettings(QualifiedName table, String column, ColumnSettings current,
                                  ColumnSettings desired) implements Change {

    public AlterColumnSettings {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        if (current.equals(desired)) {
            throw new IllegalArgumentException("settings of " + table + "." + column + ": nothing differs");
        }
    }

    @Override
    public String sortName() {
        return table + "." + column;
    }
}
