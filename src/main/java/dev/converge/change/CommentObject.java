package dev.converge.change;

import java.util.Objects;

import dev.converge.model.DefinedObject;

/** Set (or, when null, remove) the comment of an object managed by its definition; {@code object} is desired. */
public record CommentObject(DefinedObject object) implements Change {

    public CommentObject {
        Objects.requireNonNull(object, "object");
    }

    @Override
    public String sortName() {
        return object.kind() + " " + object.ref();
    }
}
