package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Add one label to an existing enum, placed {@code BEFORE} or {@code AFTER} a neighbour so that the final order
 * is the desired one. At most one neighbour is set; with none the label is appended. The neighbour may itself be a
 * label added by another AddEnumValue of the same plan, which the planner orders first.
 */
public record AddEnumValue(QualifiedName enumName, String label, String before, String after) implements Change {

    public AddEnumValue {
        Objects.requireNonNull(enumName, "enumName");
        Objects.requireNonNull(label, "label");
        if (before != null && after != null) {
            throw new IllegalArgumentException("enum " + enumName + ": label " + label
                    + " cannot be placed both before and after a neighbour");
        }
    }

    /** The label this one is placed next to, or null when appended without a neighbour. */
    public String neighbour() {
        return before != null ? before : after;
    }

    @Override
    public String sortName() {
        return enumName() + "." + label();
    }
}
