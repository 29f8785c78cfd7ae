package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Make an existing table a partition of {@code parent} with {@code bound} (PostgreSQL's text, e.g.
 * {@code FOR VALUES IN ('US')}). The table keeps its rows; PostgreSQL checks them against the bound.
 */
public record AttachPartition(QualifiedName parent, QualifiedName partition, String bound) implements Change {

    public AttachPartition {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(bound, "bound");
    }

    @Override
    public String sortName() {
        return partition().toString();
    }
}
