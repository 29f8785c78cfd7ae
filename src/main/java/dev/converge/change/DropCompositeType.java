package dev.converge.change;

import java.util.Objects;

import dev.converge.model.CompositeType;

/** Drop a composite type; the columns using it are dropped or altered first. */
public record DropCompositeType(CompositeType type) implements Change {

    public DropCompositeType {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String sortName() {
        return type().name().toString();
    }
}
