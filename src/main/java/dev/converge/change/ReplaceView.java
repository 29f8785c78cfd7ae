package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;
import dev.converge.model.View;

/**
 * {@code CREATE OR REPLACE VIEW}: a new query whose columns start with all the current ones (same names and types,
 * same order), which PostgreSQL replaces in place, keeping the views that depend on it. The desired options are
 * part of the statement (PostgreSQL replaces them too). {@code currentUses} and {@code desiredUses} are the
 * current and desired view's dependencies, for ordering.
 */
public record ReplaceView(View current, View desired, List<ObjectRef> currentUses, List<ObjectRef> desiredUses)
        implements Change {

    public ReplaceView {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        currentUses = currentUses.stream().sorted().distinct().toList();
        desiredUses = desiredUses.stream().sorted().distinct().toList();
    }

    @Override
    public String sortName() {
        return desired().name().toString();
    }
}
