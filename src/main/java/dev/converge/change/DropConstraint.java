package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Constraint;
import dev.converge.model.QualifiedName;

/** Drop a constraint (never CASCADE: whatever depends on it is dropped by its own change first). */
public record DropConstraint(QualifiedName table, Constraint constraint) implements Change {

    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public String sortName() {
        return table() + "." + constraint().name();
    }
}
