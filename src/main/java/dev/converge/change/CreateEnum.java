package dev.converge.change;

import java.util.Objects;

import dev.converge.model.EnumType;

/** Create an enum type with all its labels. */
public record CreateEnum(EnumType enumType) implements Change {

    public CreateEnum {
        Objects.requireNonNull(enumType, "enumType");
    }

    @Override
    public String sortName() {
        return enumType().name().toString();
    }
}
