package dev.converge.change;

import java.util.Objects;

import dev.converge.model.ConstraintKind;
import dev.converge.model.Table;
import dev.converge.model.TableInheritance;

/**
 * Create a table with its columns and its non-foreign-key constraints. Foreign keys are separate
 * {@link AddConstraint}s (so table cycles cannot block creation), indexes are {@link CreateIndex}es and comments
 * are {@link SetComment}s; the table given here therefore has no foreign keys and no indexes, and its comments
 * are ignored. A child table names its {@code inheritance} (else null): its CREATE TABLE says INHERITS and leaves
 * out the columns it only inherits.
 */
public record CreateTable(Table table, TableInheritance inheritance) implements Change {

    public CreateTable(Table table) {
        this(table, null);
    }

    public CreateTable {
        Objects.requireNonNull(table, "table");
        if (inheritance != null && !inheritance.table().equals(table.name())) {
            throw new IllegalArgumentException("create table " + table.name() + " with the inheritance of "
                    + inheritance.table());
        }
        if (table.constraints().stream().anyMatch(c -> c.kind() == ConstraintKind.FOREIGN_KEY)) {
            throw new IllegalArgumentException("create table " + table.name()
                    + ": foreign keys must be separate AddConstraint changes");
        }
        if (!table.indexes().isEmpty()) {
            throw new IllegalArgumentException("create table " + table.name()
                    + ": indexes must be separate CreateIndex changes");
        }
    }

    @Override
    public String sortName() {
        return table().name().toString();
    }
}
