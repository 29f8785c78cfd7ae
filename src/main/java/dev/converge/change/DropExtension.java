package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Extension;

/** Remove an extension and the objects it owns. */
public record DropExtension(Extension extension) implements Change {

    public DropExtension {
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public String sortName() {
        return extension().name();
    }
}
