package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.Constraint;
import dev.converge.model.QualifiedName;

/**
 * Make an existing table a child of {@code parent} ({@code ALTER TABLE ... INHERIT}) or no longer one
 * ({@code NO INHERIT}). {@code columns} are the parent's columns for INHERIT (the child must have each of them
 * first), and for NO INHERIT the columns the child had only by inheritance (they become its own, so whatever drops
 * them waits for this). {@code checks} are the parent's CHECK constraints that PostgreSQL wants on the child too:
 * added to the child before INHERIT (which refuses a child without them), dropped from it after NO INHERIT (which
 * leaves them behind as the child's own) when the desired child does not declare them as they are. {@code copies},
 * for NO INHERIT, is what the child has from the parent (changes of the parent that would reach it wait for this).
 */
public record AlterInheritance(QualifiedName table, QualifiedName parent, boolean inherit, List<String> columns,
                               List<Constraint> checks, ParentCopies copies) implements Change {

    public AlterInheritance {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(parent, "parent");
        columns = List.copyOf(columns);
        checks = List.copyOf(checks);
        Objects.requireNonNull(copies, "copies");
    }

    public AlterInheritance(QualifiedName table, QualifiedName parent, boolean inherit, List<String> columns) {
        this(table, parent, inherit, columns, List.of(), ParentCopies.NONE);
    }

    @Override
    public String sortName() {
        return table() + "." + parent();
    }
}
