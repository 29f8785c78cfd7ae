package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.ObjectRef;
import dev.converge.model.View;

/**
 * Create a view or materialized view (its indexes and comments are separate changes). {@code uses} are what the
 * desired view reads, from the desired catalog's dependencies, so that it is created after them; {@code reason}
 * says why an unchanged view is re-created (it was moved out of the way of a change), else null.
 */
public record CreateView(View view, List<ObjectRef> uses, String reason) implements Change {

    public CreateView {
        Objects.requireNonNull(view, "view");
        uses = uses.stream().sorted().distinct().toList();
    }

    @Override
    public String sortName() {
        return view().name().toString();
    }
}
