package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;
import dev.converge.model.RenameHint.Target;

/**
 * Rename an existing object instead of dropping and re-creating it (the user said so with a rename hint).
 * {@code object} is the current name of the renamed object, or for a column, constraint or enum value, of its
 * table or type (already under its new name when that was renamed too); {@code from} is the old name of the column,
 * constraint, index or enum value (null for a table or type); {@code to} the new name.
 */
public record Rename(Target target, QualifiedName object, String from, String to) implements Change {

    public Rename {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(to, "to");
    }

    /** Tables and types first: renames of their members name them by their new names. */
    @Override
    public String sortName() {
        return target().ordinal() + " " + object() + "." + (from() == null ? "" : from());
    }
}
