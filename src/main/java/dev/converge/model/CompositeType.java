package dev.converge.model;

import java.util.List;
import java.util.Objects;

/**
 * A composite type made by {@code CREATE TYPE ... AS (...)} (not the row type of a table), with its attributes in
 * their order, which is part of the type.
 */
public record CompositeType(QualifiedName name, List<Attribute> attributes, String comment) {

    public CompositeType {
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
    }

    /**
     * An attribute: {@code type} as {@code format_type} prints it; {@code collation} only when it differs from the
     * type's default (quoted and qualified, as for columns).
     */
    public record Attribute(String name, String type, String collation) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }
}
