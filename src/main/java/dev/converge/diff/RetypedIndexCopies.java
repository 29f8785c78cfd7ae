package dev.converge.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.model.AttachedIndex;
import dev.converge.model.Catalog;
import dev.converge.model.ColumnRef;
import dev.converge.model.Constraint;
import dev.converge.model.Index;
import dev.converge.model.IndexColumns;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Partitions' copies of parent indexes and keys that a column type change rebuilds. ALTER COLUMN TYPE on a
 * partitioned table drops the parent's index (with every copy attached to it) and builds it again, which clones it
 * onto each partition under the name PostgreSQL chooses then: a partition's own index that was attached is gone
 * with its name, and two copies on the same columns may trade names. Such a copy is named as a new one is.
 */
final class RetypedIndexCopies {

    /** Per table, the desired names of its retyped columns and the current ones (which the ordering knows). */
    private final Map<QualifiedName, Map<String, String>> retyped;

    private RetypedIndexCopies(Map<QualifiedName, Map<String, String>> retyped) {
        this.retyped = retyped;
    }

    static RetypedIndexCopies of(ChangeSet found) {
        Map<QualifiedName, Map<String, String>> retyped = new HashMap<>();
        for (Change change : found.changes()) {
            if (change instanceof AlterColumn a && a.changesType()) {
                retyped.computeIfAbsent(a.table(), t -> new HashMap<>())
                        .put(a.desired().name(), a.current().name());
            }
        }
        return new RetypedIndexCopies(retyped);
    }

    /**
     * The retyped columns (of {@code partition} or a table above it) that the index or key at the top of
     * {@code index}'s chain of parents uses, sorted; empty when the type changes leave the copy alone.
     */
    List<ColumnRef> rebuilding(Table partition, AttachedIndex index, Catalog desired) {
        if (retyped.isEmpty()) {
            return List.of();
        }
        List<QualifiedName> tables = new ArrayList<>(List.of(partition.name()));
        Set<String> used = null;
        Table table = partition;
        QualifiedName parentIndex = index.parentIndex();
        while (used == null && table.partitionOf() != null) {
            Optional<Table> parent = desired.table(table.partitionOf().parent());
            if (parent.isEmpty()) {
                return List.of();
            }
            tables.add(parent.get().name());
            used = columnsUsed(parent.get(), parentIndex.name());
            if (used == null) {
                String name = parentIndex.name();
                Optional<AttachedIndex> above = parent.get().attachedIndexes().stream()
                        .filter(a -> a.name().equals(name)).findFirst();
                if (above.isEmpty()) {
                    return List.of();
                }
                parentIndex = above.get().parentIndex();
                table = parent.get();
            }
        }
        if (used == null) {
            return List.of();
        }
        List<ColumnRef> rebuilding = new ArrayList<>();
        for (QualifiedName name : tables) {
            for (Map.Entry<String, String> column : retyped.getOrDefault(name, Map.of()).entrySet()) {
                if (used.contains(column.getKey())) {
                    rebuilding.add(new ColumnRef(name, column.getValue()));
                }
            }
        }
        rebuilding.sort(Comparator.comparing((ColumnRef c) -> c.table().toString())
                .thenComparing(ColumnRef::column));
        return rebuilding;
    }

    /** The columns {@code table}'s index or key {@code name} uses; null when the table has neither by that name. */
    private static Set<String> columnsUsed(Table table, String name) {
        Optional<Index> index = table.indexes().stream().filter(i -> i.name().equals(name)).findFirst();
        if (index.isPresent()) {
            Set<String> used = new HashSet<>(index.get().columns());
            used.addAll(IndexColumns.named(index.get()));
            return used;
        }
        return table.constraint(name).map(Constraint::columns).<Set<String>>map(HashSet::new).orElse(null);
    }
}
