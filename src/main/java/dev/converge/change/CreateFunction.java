package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;
import dev.converge.model.Routine;

/**
 * Create a function or procedure from its {@code pg_get_functiondef} text. {@code dependsOn} is what PostgreSQL
 * recorded it depends on in the desired catalog (types of its signature; for a SQL-standard body, the tables,
 * columns and functions the body uses), so that it is created after them.
 */
public record CreateFunction(Routine function, List<ObjectRef> dependsOn) implements Change {

    public CreateFunction {
        Objects.requireNonNull(function, "function");
        dependsOn = List.copyOf(dependsOn);
    }

    @Override
    public String sortName() {
        return function().signature();
    }
}
