package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.EnumType;
import dev.converge.model.QualifiedName;

/**
 * Replace an enum type whose values are removed or reordered, which ALTER TYPE cannot do: rename the current type
 * away, create the desired one, convert every column in {@code uses} through text, and drop the old type. Rows
 * holding a removed value make it fail (and roll back) before anything changes.
 */
public record RebuildEnum(EnumType current, EnumType desired, List<EnumUse> uses) implements Change {

    public RebuildEnum {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        uses = List.copyOf(uses);
    }

    /** The labels of the current type that the desired one lacks. */
    public List<String> removedLabels() {
        return current.labels().stream().filter(label -> !desired.labels().contains(label)).toList();
    }

    /**
     * A column that keeps using the enum: {@code type} is its {@code format_type} (the enum or an array of it);
     * {@code currentDefault} is dropped before the conversion (it names the old type) and {@code desiredDefault}
     * set after it; either may be null.
     */
    public record EnumUse(QualifiedName table, String column, String type, String currentDefault,
                          String desiredDefault) {
        public EnumUse {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(type, "type");
        }
    }

    @Override
    public String sortName() {
        return desired().name().toString();
    }
}
