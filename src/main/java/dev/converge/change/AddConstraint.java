package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Constraint;
import dev.converge.model.QualifiedName;

/** Add a constraint to a table: every foreign key, and the other kinds on tables that already exist or whose constraint changed. */
public record AddConstraint(QualifiedName table, Constraint constraint) implements Change {

    public AddConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public String sortName() {
        return table() + "." + constraint().name();
    }
}
