package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Make an existing table a partition of {@code parent} with {@code bound} (PostgreSQL's text, e.g.
 * {@code FOR VALUES IN ('US')}). The table keeps its rows; PostgreSQL checks them against the bound. {@code columns}
 * are the partition's (its parent's) columns, whose type, collation and NOT NULL ATTACH compares.
 */
public record AttachPartition(QualifiedName parent, QualifiedName partition, String bound, List<String> columns)
        implements Change {

    public AttachPartition {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(bound, "bound");
        columns = List.copyOf(columns);
    }

    public AttachPartition(QualifiedName parent, QualifiedName partition, String bound) {
        this(parent, partition, bound, List.of());
    }

    @Override
    public String sortName() {
        return partition().toString();
    }
}
