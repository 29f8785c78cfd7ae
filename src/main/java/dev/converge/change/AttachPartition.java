package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Make an existing table a partition of {@code parent} with {@code bound} (PostgreSQL's text, e.g.
 * {@code FOR VALUES IN ('US')}). The table keeps its rows; PostgreSQL checks them against the bound. {@code columns}
 * are the partition's (its parent's) columns, whose type, collation and NOT NULL ATTACH compares. ATTACH gives the
 * parent's indexes and keys the table's (and its partitions') equal indexes and keys that are attached to nothing,
 * rather than copies: {@code displaced} are those the desired state does not want taken, dropped before the attach
 * (and created again after it, see {@code diff/PartitionOwnIndexes}).
 */
public record AttachPartition(QualifiedName parent, QualifiedName partition, String bound, List<String> columns,
                              List<QualifiedName> displaced) implements Change {

    public AttachPartition {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(bound, "bound");
        columns = List.copyOf(columns);
        displaced = List.copyOf(displaced);
    }

    /** An attach that takes none of the table's indexes in place of copies. */
    public AttachPartition(QualifiedName parent, QualifiedName partition, String bound, List<String> columns) {
        this(parent, partition, bound, columns, List.of());
    }

    public AttachPartition(QualifiedName parent, QualifiedName partition, String bound) {
        this(parent, partition, bound, List.of());
    }

    public AttachPartition withDisplaced(List<QualifiedName> indexes) {
        return new AttachPartition(parent, partition, bound, columns, indexes);
    }

    @Override
    public String sortName() {
        return partition().toString();
    }
}
