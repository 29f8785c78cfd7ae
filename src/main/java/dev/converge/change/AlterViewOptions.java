package dev.converge.change;

import java.util.Objects;

import dev.converge.model.View;

/** {@code ALTER [MATERIALIZED] VIEW ... SET (...) / RESET (...)}: only the reloptions differ. */
public record AlterViewOptions(View current, View desired) implements Change {

    public AlterViewOptions {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
    }

    @Override
    public String sortName() {
        return desired().name().toString();
    }
}
