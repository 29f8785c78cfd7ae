package dev.converge.change;

import java.util.List;

import dev.converge.model.QualifiedName;

/**
 * What a table has from a parent it leaves ({@code NO INHERIT}, {@code DETACH PARTITION}): copies of the parent's
 * columns and of the CHECK constraints it passes on (its own and those it has from its ancestors), and the tables
 * those come from ({@code owners}: the parent and its ancestors). Leaving makes the copies the table's own; until
 * then PostgreSQL passes an owner's DROP COLUMN, DROP CONSTRAINT and ALTER COLUMN on to them (a dropped parent
 * column takes the child's rows' values with it), so the planner orders such changes after the table leaves.
 */
public record ParentCopies(List<QualifiedName> owners, List<String> columns, List<String> checks) {

    public static final ParentCopies NONE = new ParentCopies(List.of(), List.of(), List.of());

    public ParentCopies {
        owners = List.copyOf(owners);
        columns = List.copyOf(columns);
        checks = List.copyOf(checks);
    }
}
