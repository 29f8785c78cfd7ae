package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * {@code ALTER VIEW ... ALTER COLUMN ... SET DEFAULT expr} (or {@code DROP DEFAULT} when {@code desiredDefault} is
 * null): the value an INSERT through an updatable view, or an INSTEAD OF trigger, sees for a column left out.
 * PostgreSQL keeps it when the view's query is replaced, and loses it with the view. {@code currentDefault} (null
 * for none, or for a view the plan creates) is what the change stops using, for ordering.
 */
public record SetViewColumnDefault(QualifiedName view, String column, String currentDefault, String desiredDefault)
        implements Change {

    public SetViewColumnDefault {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String sortName() {
        return view + "." + column;
    }
}
