package dev.converge.model;

import java.util.Objects;

/**
 * A user's statement that an object of the desired state is an existing object under a new name
 * ({@code -- converge:renamed-from old} or psqldef's {@code -- @renamed from=old} on its line), so that it is
 * renamed instead of dropped and created, which would lose its data. {@code schema} is null when the desired SQL
 * left the name unqualified; {@code name} is the object's (for a column, constraint or enum value: its table's or
 * type's) name; {@code member} the column, constraint or enum value; {@code from} the old name of the object itself
 * (or of the member). A hint whose old name does not exist is harmless: it is ignored.
 */
public record RenameHint(Target target, String schema, String name, String member, String from, String location) {

    /**
     * What is renamed. {@code USING} is no rename but rides with them from the SQL text to the diff: the
     * conversion of a column whose type changes ({@code -- converge:using <expression>} on the column's line;
     * {@code member} is the column, {@code from} the expression).
     */
    public enum Target { TABLE, COLUMN, CONSTRAINT, INDEX, TYPE, ENUM_VALUE, USING }

    public RenameHint {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
    }
}
