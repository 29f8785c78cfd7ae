package dev.converge.change;

import java.util.Objects;

/** Set ({@code comment} non-null) or remove (null) the comment of an object. */
public record SetComment(CommentTarget target, String comment) implements Change {

    public SetComment {
        Objects.requireNonNull(target, "target");
    }

    @Override
    public String sortName() {
        return target().kind() + " " + target();
    }
}
