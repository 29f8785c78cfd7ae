package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Schema;

/** Create a schema that only the desired state has. */
public record CreateSchema(Schema schema) implements Change {

    public CreateSchema {
        Objects.requireNonNull(schema, "schema");
    }

    @Override
    public String sortName() {
        return schema().name();
    }
}
