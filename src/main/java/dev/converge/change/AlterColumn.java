package dev.converge.change;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.converge.model.Column;
import dev.converge.model.QualifiedName;

/** Alter a column in place; {@code aspects} says what differs (iterated in enum order, never empty). */
public record AlterColumn(QualifiedName table, Column current, Column desired, Set<ColumnAspect> aspects)
        implements Change {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        if (aspects.isEmpty()) {
            throw new IllegalArgumentException("alter column " + table + "." + desired.name() + ": nothing differs");
        }
        aspects = Collections.unmodifiableSet(EnumSet.copyOf(aspects));
    }

    public boolean has(ColumnAspect aspect) {
        return aspects.contains(aspect);
    }

    /** True when the column's storage changes (TYPE or COLLATION), which is what other objects depend on. */
    public boolean changesType() {
        return has(ColumnAspect.TYPE) || has(ColumnAspect.COLLATION);
    }

    @Override
    public String sortName() {
        return table() + "." + desired().name();
    }
}
