package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Constraint;
import dev.converge.model.QualifiedName;

/**
 * Add a constraint to a table: every foreign key, and the other kinds on tables that already exist or whose
 * constraint changed. {@code partitionedTable}: the table is partitioned, where PostgreSQL cannot add a foreign key
 * NOT VALID (so it is added validated). {@code partitionKeys}: how a key waits for equal keys up and down a
 * partition tree.
 */
public record AddConstraint(QualifiedName table, Constraint constraint, boolean partitionedTable,
                            PartitionKeys partitionKeys) implements Change {

    public AddConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(partitionKeys, "partitionKeys");
    }

    /** A constraint with no equal key above or below it to wait for. */
    public AddConstraint(QualifiedName table, Constraint constraint, boolean partitionedTable) {
        this(table, constraint, partitionedTable, PartitionKeys.NONE);
    }

    public AddConstraint withPartitionKeys(PartitionKeys keys) {
        return new AddConstraint(table, constraint, partitionedTable, keys);
    }

    public AddConstraint withPartitionedTable() {
        return new AddConstraint(table, constraint, true, partitionKeys);
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
