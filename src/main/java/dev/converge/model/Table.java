package dev.converge.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns (in attribute order), constraints and the indexes that do not back a constraint.
 * Constraints and indexes are sorted by name; columns keep their position because that is what users see.
 */
public record Table(
        QualifiedName name,
        boolean unlogged,
        List<Column> columns,
        List<Constraint> constraints,
        List<Index> indexes,
        String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        constraints = constraints.stream().sorted(Comparator.comparing(Constraint::name)).toList();
        indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Constraint> constraint(String constraintName) {
        return constraints.stream().filter(c -> c.name().equals(constraintName)).findFirst();
    }

    public Optional<Constraint> primaryKey() {
        return constraints.stream().filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY).findFirst();
    }

    public List<Constraint> foreignKeys() {
        return constraints.stream().filter(c -> c.kind() == ConstraintKind.FOREIGN_KEY).toList();
    }
}
