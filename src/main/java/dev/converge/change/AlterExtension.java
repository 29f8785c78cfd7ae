package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Extension;

/** Update an extension to the desired version, move it to the desired schema, or set its comment. */
public record AlterExtension(Extension current, Extension desired) implements Change {

    public AlterExtension {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
    }

    @Override
    public String sortName() {
        return desired().name();
    }
}
