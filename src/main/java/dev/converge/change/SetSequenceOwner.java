package dev.converge.change;

import java.util.Objects;

import dev.converge.model.ColumnRef;
import dev.converge.model.QualifiedName;

/**
 * Change a sequence's {@code OWNED BY} from {@code currentOwner} to {@code desiredOwner} (null: none). Releasing
 * an owner that is about to be dropped must happen before that drop, or PostgreSQL drops the sequence with it;
 * setting an owner must happen after the column exists. When both are needed the differ emits two changes.
 */
public record SetSequenceOwner(QualifiedName sequence, ColumnRef currentOwner, ColumnRef desiredOwner)
        implements Change {

    public SetSequenceOwner {
        Objects.requireNonNull(sequence, "sequence");
        if (Objects.equals(currentOwner, desiredOwner)) {
            throw new IllegalArgumentException("sequence " + sequence + ": owner unchanged: " + currentOwner);
        }
    }

    @Override
    public String sortName() {
        return sequence().toString();
    }
}
