package dev.converge.change;

import java.util.Objects;

import dev.converge.model.CompositeType;

/**
 * Alter a composite type in place: drop the attributes desired lacks, change the type or collation of the ones it
 * keeps, add the new ones at the end. The differ uses it only when the desired attribute order is the kept
 * attributes in their current order followed by the new ones, which is all ADD ATTRIBUTE can express.
 */
public record AlterCompositeType(CompositeType current, CompositeType desired) implements Change {

    public AlterCompositeType {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
    }

    @Override
    public String sortName() {
        return desired().name().toString();
    }
}
