package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Which index of a table {@code CLUSTER ON} marks, from {@code current} to {@code desired} (null: none, which
 * is {@code SET WITHOUT CLUSTER}). The mark only tells a later {@code CLUSTER} which index to follow.
 */
public record SetClusterIndex(QualifiedName table, String current, String desired) implements Change {

    public SetClusterIndex {
        Objects.requireNonNull(table, "table");
        if (Objects.equals(current, desired)) {
            throw new IllegalArgumentException("cluster index of " + table + ": nothing differs");
        }
    }

    @Override
    public String sortName() {
        return table.toString();
    }
}
