package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * Table inheritance ({@code CREATE TABLE child (...) INHERITS (parent)}) of one child table: its parents in
 * {@code inhseqno} order, and the columns it has only by inheritance ({@code attislocal} false), which its CREATE
 * TABLE must leave out and which changes to the parent reach by themselves. Partitions are not listed here (they
 * are {@link PartitionOf}). Kept apart from {@link Table} so that the table record stays about its own shape.
 */
public record TableInheritance(QualifiedName table, List<QualifiedName> parents, List<String> inheritedColumns) {

    public TableInheritance {
        Objects.requireNonNull(table, "table");
        parents = List.copyOf(parents);
        inheritedColumns = List.copyOf(inheritedColumns);
        if (parents.isEmpty()) {
            throw new IllegalArgumentException("inheritance of " + table + " without a parent");
        }
    }

    /** True when {@code column} comes from a parent only (not declared by the table itself). */
    public boolean inherits(String column) {
        return inheritedColumns.contains(column);
    }
}
