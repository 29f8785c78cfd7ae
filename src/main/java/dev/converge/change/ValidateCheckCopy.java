package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.QualifiedName;

/**
 * Validate {@code partition}'s copy of the CHECK constraint {@code constraint}, which is NOT VALID on one of its
 * {@code ancestors} (from the partition's parent up to the table that owns the constraint). PostgreSQL validates the
 * copy of a partition created or attached after the constraint, not that of one that was there, so the plan cannot
 * rely on the order it creates things in; and an unvalidated copy cannot be made validated but by this.
 */
public record ValidateCheckCopy(QualifiedName partition, String constraint, List<QualifiedName> ancestors)
        implements Change {

    public ValidateCheckCopy {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(constraint, "constraint");
        ancestors = List.copyOf(ancestors);
    }

    @Override
    public String sortName() {
        return partition + "." + constraint;
    }
}
