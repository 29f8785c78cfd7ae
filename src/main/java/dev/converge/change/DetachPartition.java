package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.Constraint;
import dev.converge.model.QualifiedName;

/**
 * Turn a partition of {@code parent} back into a table of its own, keeping its rows. {@code copies} is what it has
 * from the parent (see {@link ParentCopies}); {@code checks} are the copies of the parent's CHECK constraints that
 * detaching leaves on it as its own and that the desired table does not declare as they are: dropped right after.
 */
public record DetachPartition(QualifiedName parent, QualifiedName partition, ParentCopies copies,
                              List<Constraint> checks) implements Change {

    public DetachPartition {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(copies, "copies");
        checks = List.copyOf(checks);
    }

    public DetachPartition(QualifiedName parent, QualifiedName partition) {
        this(parent, partition, ParentCopies.NONE, List.of());
    }

    @Override
    public String sortName() {
        return partition().toString();
    }
}
