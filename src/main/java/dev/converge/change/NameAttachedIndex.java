package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Give {@code partition}'s index attached to {@code parentIndex} the desired {@code name}. The plan cannot know
 * the index's name beforehand: PostgreSQL makes one up when it clones the parent's index (or key) onto the
 * partition, or attaches an index the partition already had. Emitted only where the desired name is not the one
 * PostgreSQL chooses by itself.
 */
public record NameAttachedIndex(QualifiedName partition, QualifiedName parentIndex, String name) implements Change {

    public NameAttachedIndex {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(parentIndex, "parentIndex");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String sortName() {
        return partition + "." + name;
    }
}
