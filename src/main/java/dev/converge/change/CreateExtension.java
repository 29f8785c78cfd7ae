package dev.converge.change;

import java.util.Objects;

import dev.converge.model.Extension;

/** Install an extension into its schema at the desired version. */
public record CreateExtension(Extension extension) implements Change {

    public CreateExtension {
        Objects.requireNonNull(extension, "extension");
    }

    @Override
    public String sortName() {
        return extension().name();
    }
}
