package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ColumnRef;
import dev.converge.model.QualifiedName;

/**
 * Give {@code partition}'s index attached to {@code parentIndex} the desired {@code name}. The plan cannot know
 * the index's name beforehand: PostgreSQL makes one up when it clones the parent's index (or key) onto the
 * partition, or attaches an index the partition already had. Emitted only where the desired name may not be the one
 * PostgreSQL chooses by itself. {@code retyped} are the columns whose type change rebuilds the parent index (and
 * so makes a new copy on the partition): the name is given after them. {@code ancestorIndexes} are, when
 * {@code parentIndex} is itself a copy on a sub-partitioned partition, the indexes above it up to the partitioned
 * table's own index: creating that one makes the copies (no change of the plan names them), so the name is given
 * after it.
 */
public record NameAttachedIndex(QualifiedName partition, QualifiedName parentIndex, String name,
                                List<ColumnRef> retyped, List<QualifiedName> ancestorIndexes) implements Change {

    public NameAttachedIndex {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(parentIndex, "parentIndex");
        Objects.requireNonNull(name, "name");
        retyped = List.copyOf(retyped);
        ancestorIndexes = List.copyOf(ancestorIndexes);
    }

    /** A copy whose parent index is the partitioned table's own. */
    public NameAttachedIndex(QualifiedName partition, QualifiedName parentIndex, String name,
                             List<ColumnRef> retyped) {
        this(partition, parentIndex, name, retyped, List.of());
    }

    /** A copy made by a new parent index, key or partition: no type change to wait for. */
    public NameAttachedIndex(QualifiedName partition, QualifiedName parentIndex, String name) {
        this(partition, parentIndex, name, List.of());
    }

    @Override
    public String sortName() {
        return partition + "." + name;
    }
}
