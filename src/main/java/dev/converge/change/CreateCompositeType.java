package dev.converge.change;

import java.util.Objects;

import dev.converge.model.CompositeType;

/** Create a composite type with its attributes; its comment is a {@link SetComment}. */
public record CreateCompositeType(CompositeType type) implements Change {

    public CreateCompositeType {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String sortName() {
        return type().name().toString();
    }
}
