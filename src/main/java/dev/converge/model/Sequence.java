package dev.converge.model;

import java.util.Objects;

/**
 * A standalone sequence (not the hidden sequence of an identity column, which belongs to its {@link Column}).
 * {@code dataType} is as {@code format_type} prints it ({@code bigint}, {@code integer}, {@code smallint}).
 * {@code ownedBy} is the column whose drop drops the sequence ({@code OWNED BY}), null when none.
 */
public record Sequence(
        QualifiedName name,
        String dataType,
        long start,
        long increment,
        long minValue,
        long maxValue,
        long cache,
        boolean cycle,
        ColumnRef ownedBy,
        String comment) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
    }

    /** The same sequence with another owner; used when comparing options apart from ownership. */
    public Sequence withOwnedBy(ColumnRef owner) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, owner, comment);
    }

    public Sequence withComment(String newComment) {
        return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedBy, newComment);
    }
}
