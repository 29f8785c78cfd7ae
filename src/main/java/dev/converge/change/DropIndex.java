package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Index;

/** Drop an index of a table that stays. */
public record DropIndex(Index index) implements Change {

    public DropIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public String sortName() {
        return index().qualifiedName().toString();
    }
}
