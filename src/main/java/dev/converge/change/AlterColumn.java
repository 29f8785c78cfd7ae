package dev.converge.change;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dev.converge.model.Column;
import dev.converge.model.QualifiedName;

/**
 * Alter a column in place; {@code aspects} says what differs (iterated in enum order, never empty). {@code using}
 * is the user's conversion of a type change ({@code -- converge:using}), null for the plain cast.
 */
public record AlterColumn(QualifiedName table, Column current, Column desired, Set<ColumnAspect> aspects,
                          String using) implements Change {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(desired, "desired");
        if (aspects.isEmpty()) {
            throw new IllegalArgumentException("alter column " + table + "." + desired.name() + ": nothing differs");
        }
        aspects = Collections.unmodifiableSet(EnumSet.copyOf(aspects));
    }

    /** A change without a conversion of the user's. */
    public AlterColumn(QualifiedName table, Column current, Column desired, Set<ColumnAspect> aspects) {
        this(table, current, desired, aspects, null);
    }

    public AlterColumn withUsing(String expression) {
        return new AlterColumn(table, current, desired, aspects, expression);
    }

    public AlterColumn withAspects(Set<ColumnAspect> newAspects) {
        return new AlterColumn(table, current, desired, newAspects, using);
    }

    public boolean has(ColumnAspect aspect) {
        return aspects.contains(aspect);
    }

    /** True when the column's storage changes (TYPE or COLLATION), which is what other objects depend on. */
    public boolean changesType() {
        return has(ColumnAspect.TYPE) || has(ColumnAspect.COLLATION);
    }

    /**
     * Whether the default is set or dropped on the table's partitions and inheritance children too. A default alone
     * is changed on the table ONLY, as pg_dump does: each child keeps its own (a partition restored from pg_dump has
     * none), which the differ compares by itself. Around a type, identity or generation change it recurses, as the
     * children's defaults must follow (an old default may not cast to the new type).
     */
    public boolean defaultRecurses() {
        return changesType() || has(ColumnAspect.IDENTITY) || has(ColumnAspect.GENERATED);
    }

    @Override
    public String sortName() {
        return table() + "." + desired().name();
    }
}
