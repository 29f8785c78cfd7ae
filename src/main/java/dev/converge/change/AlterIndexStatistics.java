package dev.converge.change;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.converge.model.QualifiedName;

/**
 * The statistics targets of the columns of an index on {@code table} (column number from 1 to target), from {@code current} (empty
 * for an index the plan builds) to {@code desired}; a column missing from {@code desired} goes back to the
 * default.
 */
public record AlterIndexStatistics(QualifiedName table, QualifiedName index, SortedMap<Integer, Integer> current,
                                   SortedMap<Integer, Integer> desired) implements Change {

    public AlterIndexStatistics {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
        current = Collections.unmodifiableSortedMap(new TreeMap<>(current));
        desired = Collections.unmodifiableSortedMap(new TreeMap<>(desired));
        if (current.equals(desired)) {
            throw new IllegalArgumentException("statistics of index " + index + ": nothing differs");
        }
    }

    @Override
    public String sortName() {
        return index.toString();
    }
}
