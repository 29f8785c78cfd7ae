package dev.converge.change;

import java.util.List;
import java.util.Objects;

import dev.converge.model.Extension;
import dev.converge.model.ObjectRef;

/**
 * Remove an extension and the objects it owns. {@code usedBy} are the managed objects of the current catalog that
 * use one of its objects (an index on its operator class, a view calling its function): they must be gone first.
 */
public record DropExtension(Extension extension, List<ObjectRef> usedBy) implements Change {

    public DropExtension {
        Objects.requireNonNull(extension, "extension");
        usedBy = List.copyOf(usedBy);
    }

    public DropExtension(Extension extension) {
        this(extension, List.of());
    }

    @Override
    public String sortName() {
        return extension().name();
    }
}
