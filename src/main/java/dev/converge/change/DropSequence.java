package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Sequence;

/** Drop a standalone sequence. One with an owner may already be gone with its column, hence IF EXISTS when rendered. */
public record DropSequence(Sequence sequence) implements Change {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public String sortName() {
        return sequence().name().toString();
    }
}
