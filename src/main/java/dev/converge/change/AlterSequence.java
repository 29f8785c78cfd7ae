package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Sequence;

/** Change the options (AS type, start, increment, bounds, cache, cycle) of a sequence; ownership is separate. */
public record AlterSequence(Sequence current, Sequence desired) implements Change {

    public AlterSequence {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        if (!current.name().equals(desired.name())) {
            throw new IllegalArgumentException("altering " + current.name() + " into " + desired.name());
        }
    }

    @Override
    public String sortName() {
        return desired().name().toString();
    }
}
