package dev.converge.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table with its columns (in attribute order), constraints and the indexes that do not back a constraint.
 * Constraints and indexes are sorted by name; columns keep their position because that is what users see.
 *
 * <p>A partitioned table has a {@code partitionKey} as PostgreSQL prints it ({@code pg_get_partkeydef}:
 * {@code RANGE (created_at)}); a partition has a {@link PartitionOf}. A partition's columns are its parent's (they
 * are kept for references), and its constraints and indexes are only its own: those cloned from the parent belong
 * to the parent. Both are null for an ordinary table. A partition's {@code attachedIndexes} are its copies of its
 * parent's indexes and keys (their names are its own).
 */
public record Table(
        QualifiedName name,
        boolean unlogged,
        List<Column> columns,
        List<Constraint> constraints,
        List<Index> indexes,
        String comment,
        String partitionKey,
        PartitionOf partitionOf,
        List<AttachedIndex> attachedIndexes,
        List<String> validatedCheckCopies) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        constraints = constraints.stream().sorted(Comparator.comparing(Constraint::name)).toList();
        indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
        attachedIndexes = attachedIndexes.stream().sorted(Comparator.comparing(AttachedIndex::name)).toList();
        validatedCheckCopies = validatedCheckCopies.stream().sorted().toList();
    }

    /** A table without validated copies of NOT VALID checks (see the class comment). */
    public Table(QualifiedName name, boolean unlogged, List<Column> columns, List<Constraint> constraints,
                 List<Index> indexes, String comment, String partitionKey, PartitionOf partitionOf,
                 List<AttachedIndex> attachedIndexes) {
        this(name, unlogged, columns, constraints, indexes, comment, partitionKey, partitionOf, attachedIndexes,
                List.of());
    }

    /** An ordinary table: neither partitioned nor a partition. */
    public Table(QualifiedName name, boolean unlogged, List<Column> columns, List<Constraint> constraints,
                 List<Index> indexes, String comment) {
        this(name, unlogged, columns, constraints, indexes, comment, null, null);
    }

    /** A table without indexes attached to a parent's (see {@link AttachedIndex}). */
    public Table(QualifiedName name, boolean unlogged, List<Column> columns, List<Constraint> constraints,
                 List<Index> indexes, String comment, String partitionKey, PartitionOf partitionOf) {
        this(name, unlogged, columns, constraints, indexes, comment, partitionKey, partitionOf, List.of());
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, unlogged, columns, constraints, indexes, comment, partitionKey,
                partitionOf, attachedIndexes, validatedCheckCopies);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, unlogged, newColumns, constraints, indexes, comment, partitionKey,
                partitionOf, attachedIndexes, validatedCheckCopies);
    }

    public Table withConstraints(List<Constraint> newConstraints) {
        return new Table(name, unlogged, columns, newConstraints, indexes, comment, partitionKey,
                partitionOf, attachedIndexes, validatedCheckCopies);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, unlogged, columns, constraints, newIndexes, comment, partitionKey,
                partitionOf, attachedIndexes, validatedCheckCopies);
    }

    public Table withPartitionOf(PartitionOf newPartitionOf) {
        return new Table(name, unlogged, columns, constraints, indexes, comment, partitionKey,
                newPartitionOf, attachedIndexes, validatedCheckCopies);
    }

    public Table withAttachedIndexes(List<AttachedIndex> newAttachedIndexes) {
        return new Table(name, unlogged, columns, constraints, indexes, comment, partitionKey, partitionOf,
                newAttachedIndexes, validatedCheckCopies);
    }

    public Table withValidatedCheckCopies(List<String> newValidatedCheckCopies) {
        return new Table(name, unlogged, columns, constraints, indexes, comment, partitionKey, partitionOf,
                attachedIndexes, newValidatedCheckCopies);
    }

    public boolean isPartitioned() {
        return partitionKey != null;
    }

    public boolean isPartition() {
        return partitionOf != null;
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
