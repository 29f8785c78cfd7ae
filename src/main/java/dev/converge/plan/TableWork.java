package dev.converge.plan;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Work of a plan whose duration grows with a table's size: a rewrite or an index build on a table that exists.
 * {@code table} is the live name; the size itself is read from {@code pg_class} when the plan is checked.
 */
public record TableWork(QualifiedName table, String work) {
    public TableWork {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(work, "work");
    }
}
