package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Constraint;
import dev.converge.model.QualifiedName;

/**
 * Add a constraint to a table: every foreign key, and the other kinds on tables that already exist or whose
 * constraint changed. {@code partitionedTable}: the table is partitioned, where PostgreSQL cannot add a foreign key
 * NOT VALID (so it is added validated).
 */
public record AddConstraint(QualifiedName table, Constraint constraint, boolean partitionedTable) implements Change {

    public AddConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** On a table the differ has not marked partitioned (see {@code diff/PartitionedTables}). */
    public AddConstraint(QualifiedName table, Constraint constraint) {
        this(table, constraint, false);
    }

    @Override
    public String sortName() {
        return table() + "." + constraint().name();
    }
}
