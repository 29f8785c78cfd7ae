package dev.converge.change;

import java.util.Objects;

import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.TableInheritance;

/**
 * Create a table with its columns and its non-foreign-key constraints. Foreign keys are separate
 * {@link AddConstraint}s (so table cycles cannot block creation), indexes are {@link CreateIndex}es and comments
 * are {@link SetComment}s; the table given here therefore has no foreign keys and no indexes, and its comments
 * are ignored. A child table names its {@code inheritance} (else null): its CREATE TABLE says INHERITS and leaves
 * out the columns it only inherits. A new partition of an existing table that has a DEFAULT partition names it in
 * {@code defaultPartition} (else null): PostgreSQL refuses the new partition while rows of the default one fall in its
 * bounds, so they are moved into it (the default partition is detached, the partition created, the rows routed
 * through the parent, the default attached again).
 */
public record CreateTable(Table table, TableInheritance inheritance, QualifiedName defaultPartition)
        implements Change {

    public CreateTable(Table table) {
        this(table, null, null);
    }

    public CreateTable(Table table, TableInheritance inheritance) {
        this(table, inheritance, null);
    }

    public CreateTable withDefaultPartition(QualifiedName partition) {
        return new CreateTable(table, inheritance, partition);
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
        if (defaultPartition != null && !table.isPartition()) {
            throw new IllegalArgumentException("create table " + table.name()
                    + ": only a partition takes rows from a default partition");
        }
    }

    @Override
    public String sortName() {
        return table().name().toString();
    }
}
