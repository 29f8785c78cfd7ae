package dev.converge.change;

import java.util.Objects;

import dev.converge.model.QualifiedName;

/** Switch a table between LOGGED and UNLOGGED ({@code logged} is the desired state). */
public record SetTableLogged(QualifiedName table, boolean logged) implements Change {

    public SetTableLogged {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public String sortName() {
        return table().toString();
    }
}
