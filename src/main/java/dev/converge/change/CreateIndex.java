package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Index;

/** Create an index from its {@code pg_get_indexdef} text. */
public record CreateIndex(Index index) implements Change {

    public CreateIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public String sortName() {
        return index().qualifiedName().toString();
    }
}
