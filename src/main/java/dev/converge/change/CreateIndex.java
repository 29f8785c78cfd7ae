package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.Index;
import dev.converge.model.QualifiedName;

/**
 * Create an index from its {@code pg_get_indexdef} text. PostgreSQL gives a partitioned table's new index the
 * partitions' equal indexes that are attached to nothing, rather than copies, and so does ATTACH PARTITION; the
 * lists keep the indexes the desired state leaves as partitions' own out of that (see
 * {@code diff/PartitionOwnIndexes}). For a partition's own index, {@code parentIndexes} are the equal indexes of
 * its ancestors and {@code partitions} the partition and its ancestors: it is created after them and after their
 * attaches. For a partitioned table's index, {@code displaced} are such equal own indexes its partitions already
 * have: they are dropped before it (and created again after it).
 */
public record CreateIndex(Index index, List<QualifiedName> parentIndexes, List<QualifiedName> partitions,
                          List<QualifiedName> displaced) implements Change {

    public CreateIndex {
        Objects.requireNonNull(index, "index");
        parentIndexes = List.copyOf(parentIndexes);
        partitions = List.copyOf(partitions);
        displaced = List.copyOf(displaced);
    }

    /** An index that no parent index could take in place of its copy, nor takes one. */
    public CreateIndex(Index index) {
        this(index, List.of(), List.of(), List.of());
    }

    @Override
    public String sortName() {
        return index().qualifiedName().toString();
    }
}
