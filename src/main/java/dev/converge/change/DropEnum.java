package dev.converge.change;

import java.util.Objects;

import dev.converge.model.EnumType;

/** Drop an enum type; the columns using it are dropped or altered first. */
public record DropEnum(EnumType enumType) implements Change {

    public DropEnum {
        Objects.requireNonNull(enumType, "enumType");
    }

    @Override
    public String sortName() {
        return enumType().name().toString();
    }
}
