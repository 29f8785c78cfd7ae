package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/** Turn a partition of {@code parent} back into a table of its own, keeping its rows. */
public record DetachPartition(QualifiedName parent, QualifiedName partition) implements Change {

    public DetachPartition {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(partition, "partition");
    }

    @Override
    public String sortName() {
        return partition().toString();
    }
}
