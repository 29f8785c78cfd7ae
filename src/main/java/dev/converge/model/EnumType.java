package dev.converge.model;

import java.util.List;
import java.util.Objects;

/** An enum type with its labels in their sort order ({@code pg_enum.enumsortorder}). */
public record EnumType(QualifiedName name, List<String> labels, String comment) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }
}
