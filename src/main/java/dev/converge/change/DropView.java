package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;
import dev.converge.model.View;

/**
 * Drop a view or materialized view. {@code uses} are what the current view reads (current catalog's
 * dependencies), so that it is dropped before any of them is; {@code reason} says why, when the view is only
 * moved out of the way of a change and re-created afterwards, else null.
 */
public record DropView(View view, List<ObjectRef> uses, String reason) implements Change {

    public DropView {
        Objects.requireNonNull(view, "view");
        uses = uses.stream().sorted().distinct().toList();
    }

    @Override
    public String sortName() {
        return view().name().toString();
    }
}
