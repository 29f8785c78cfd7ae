package dev.converge.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An index that does not back a constraint (those belong to their {@link Constraint}). {@code definition} is
 * {@code pg_get_indexdef(oid)} and decides equality; it carries uniqueness, method, expressions, opclasses,
 * INCLUDE and the predicate. {@code columns} lists the plain key columns (expressions excluded), which planning
 * uses to see what a column change affects. The index lives in its table's schema. {@code valid} is false for
 * an index that a failed or interrupted {@code CREATE INDEX CONCURRENTLY} left behind ({@code pg_index.indisvalid}):
 * PostgreSQL keeps maintaining it but never uses it, so it differs from any desired index and is rebuilt.
 * {@code statistics} maps an index column number (from 1) to the statistics target set on it
 * ({@code ALTER INDEX ... ALTER COLUMN n SET STATISTICS t}, which PostgreSQL allows on expression columns only);
 * empty when none is set. It is a setting, not part of the definition: a change alters the index in place.
 */
public record Index(
        String name,
        QualifiedName table,
        boolean unique,
        String method,
        List<String> columns,
        String predicate,
        String definition,
        String comment,
        boolean valid,
        SortedMap<Integer, Integer> statistics) {

    public Index {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
        statistics = Collections.unmodifiableSortedMap(new TreeMap<>(statistics));
    }

    /** An index without statistics targets of its own. */
    public Index(String name, QualifiedName table, boolean unique, String method, List<String> columns,
                 String predicate, String definition, String comment, boolean valid) {
        this(name, table, unique, method, columns, predicate, definition, comment, valid, new TreeMap<>());
    }

    /** A valid index, as every index of a desired state is. */
    public Index(String name, QualifiedName table, boolean unique, String method, List<String> columns,
                 String predicate, String definition, String comment) {
        this(name, table, unique, method, columns, predicate, definition, comment, true, new TreeMap<>());
    }

    public QualifiedName qualifiedName() {
        return QualifiedName.of(table.schema(), name);
    }

    /**
     * An index on a partitioned table: pg_get_indexdef prints it {@code ON ONLY parent}, which would create it
     * without its partitions' indexes, so {@link #creatableDefinition()} leaves the ONLY out. PostgreSQL builds
     * such an index neither CONCURRENTLY nor drops it so.
     */
    public boolean onPartitionedTable() {
        return definition.contains(" ON ONLY ");
    }

    /** The definition as a CREATE INDEX that builds the index on a partitioned table's partitions too. */
    public String creatableDefinition() {
        return onPartitionedTable() ? definition.replaceFirst(" ON ONLY ", " ON ") : definition;
    }

    /**
     * Whether PostgreSQL would take this index of a partition for the copy of {@code parentIndex}, an index of one
     * of its ancestors (CompareIndexInfo): both unique or neither, and the same definition after {@code ON [ONLY]
     * table} (method, keys, opclasses, INCLUDE, predicate; partitions name their columns as their parents do).
     */
    public boolean equalsParentIndex(Index parentIndex) {
        String own = afterTable();
        return unique == parentIndex.unique && own != null && own.equals(parentIndex.afterTable());
    }

    /** The definition from {@code USING} on; null where its start is not the expected one. */
    private String afterTable() {
        String head = "INDEX " + SqlText.identifier(name) + " ON ";
        int at = definition.indexOf(head);
        if (at < 0) {
            return null;
        }
        String rest = definition.substring(at + head.length());
        rest = rest.startsWith("ONLY ") ? rest.substring("ONLY ".length()) : rest;
        String relation = SqlText.qualified(table) + " ";
        return rest.startsWith(relation) ? rest.substring(relation.length()) : null;
    }

    public boolean sameDefinition(Index other) {
        return definition.equals(other.definition) && valid == other.valid;
    }

    public Index withComment(String newComment) {
        return new Index(name, table, unique, method, columns, predicate, definition, newComment, valid, statistics);
    }

    public Index withStatistics(SortedMap<Integer, Integer> newStatistics) {
        return new Index(name, table, unique, method, columns, predicate, definition, comment, valid, newStatistics);
    }
}
