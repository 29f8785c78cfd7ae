package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Schema;

/** Drop a schema that only the current state has (RESTRICT: the objects in it are dropped by their own changes first). */
public record DropSchema(Schema schema) implements Change {

    public DropSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public String sortName() {
        return schema().name();
    }
}
