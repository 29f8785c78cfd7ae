package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Sequence;

/** Create a standalone sequence. Its ownership is a separate {@link SetSequenceOwner}, because the owning column usually does not exist yet. */
public record CreateSequence(Sequence sequence) implements Change {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public String sortName() {
        return sequence().name().toString();
    }
}
