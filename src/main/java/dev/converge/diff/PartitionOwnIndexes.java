package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AttachPartition;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreateIndex;
import dev.converge.change.DropIndex;
import dev.converge.model.AttachedIndex;
import dev.converge.model.Catalog;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Keeps a partition's own indexes its own. When a partitioned table's index is created (and when a partition is
 * attached), PostgreSQL looks in each partition for an index equal to it that is attached to nothing and attaches
 * that one instead of making a copy (DefineIndex, AttachPartitionEnsureIndexes). So a partition's own index equal
 * to an index of an ancestor is created after that index and after the partition's attach; and one the partition
 * (or a table the plan attaches, or that table's partitions) already has and keeps as its own, or drops, is
 * dropped before a new equal parent index or the attach, and one it keeps is created again after (its copy comes
 * with the parent's index or the attach, named by {@link AttachedIndexes}). Without this, the partition's own
 * index and the copy become one index under one of the two names, and the next plan swaps them again (fuzz seed
 * 1089), or the drop fails on an index that is now attached.
 */
final class PartitionOwnIndexes {

    private PartitionOwnIndexes() {
    }

    static ChangeSet order(Catalog current, Catalog desired, ChangeSet found) {
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        Set<QualifiedName> droppedTables = dropped.droppedTables();
        Set<QualifiedName> droppedIndexes = dropped.droppedIndexes();
        List<Change> changes = new ArrayList<>();
        List<Index> remade = new ArrayList<>();
        Displacer displacer = new Displacer(currentTables, desiredTables, droppedTables, droppedIndexes, changes,
                remade);
        for (Change change : found.changes()) {
            if (change instanceof CreateIndex c) {
                List<QualifiedName> displaced = desiredTables.containsKey(c.index().table())
                        && desiredTables.get(c.index().table()).isPartitioned()
                        ? displacer.displace(descendants(c.index().table(), desiredTables), List.of(c.index()))
                        : List.of();
                Index index = c.index();
                changes.add(displaced.isEmpty() ? ordered(index, desiredTables)
                        : new CreateIndex(index, c.parentIndexes(), c.partitions(), displaced));
            } else if (change instanceof AttachPartition a) {
                List<Table> attached = new ArrayList<>(descendants(a.partition(), desiredTables));
                Optional.ofNullable(desiredTables.get(a.partition())).ifPresent(attached::add);
                List<QualifiedName> displaced = displacer.displace(attached, reaching(a.parent(), desiredTables));
                changes.add(displaced.isEmpty() ? a : a.withDisplaced(displaced));
            } else {
                changes.add(change);
            }
        }
        remade.forEach(index -> changes.add(ordered(index, desiredTables)));
        return new ChangeSet(changes);
    }

    /**
     * Drops the partitions' own indexes that a new parent index (or an attach) would take but the desired state
     * keeps as their own (they are created again after it) or drops; collects the names it has to wait for.
     */
    private record Displacer(Map<QualifiedName, Table> currentTables, Map<QualifiedName, Table> desiredTables,
                             Set<QualifiedName> droppedTables, Set<QualifiedName> droppedIndexes,
                             List<Change> changes, List<Index> remade) {

        List<QualifiedName> displace(List<Table> partitions, List<Index> parentIndexes) {
            List<QualifiedName> displaced = new ArrayList<>();
            for (Table partition : partitions) {
                Table have = droppedTables.contains(partition.name()) ? null : currentTables.get(partition.name());
                if (have == null) {
                    continue;
                }
                for (Index parentIndex : parentIndexes) {
                    for (Index own : taken(have, partition, parentIndex, desiredTables)) {
                        displaced.add(own.qualifiedName());
                        if (droppedIndexes.add(own.qualifiedName())) {
                            changes.add(new DropIndex(own));
                            partition.indexes().stream().filter(i -> i.name().equals(own.name()))
                                    .findFirst().ifPresent(remade::add);
                        }
                    }
                }
            }
            return displaced;
        }
    }

    /** The indexes of {@code parent} and its ancestors, which reach a partition attached to it. */
    private static List<Index> reaching(QualifiedName parent, Map<QualifiedName, Table> tables) {
        List<QualifiedName> owners = new ArrayList<>(List.of(parent));
        Optional.ofNullable(tables.get(parent)).ifPresent(t -> owners.addAll(ancestors(t, tables)));
        return owners.stream().map(tables::get).filter(Objects::nonNull)
                .flatMap(t -> t.indexes().stream()).toList();
    }

    /** The desired partitions below {@code table}, at any depth. */
    static List<Table> descendants(QualifiedName table, Map<QualifiedName, Table> tables) {
        return tables.values().stream().filter(t -> ancestors(t, tables).contains(table)).toList();
    }

    /**
     * The indexes {@code have} has now, attached to nothing, that the new {@code parentIndex} would take: equal
     * to it, and not the one the desired state attaches to it under its own name (that one it should take).
     */
    private static List<Index> taken(Table have, Table want, Index parentIndex, Map<QualifiedName, Table> tables) {
        QualifiedName parent = parentIndex.qualifiedName();
        Optional<String> attachedName = want.attachedIndexes().stream()
                .filter(a -> root(want, a, tables).equals(parent)).map(AttachedIndex::name).findFirst();
        return have.indexes().stream()
                .filter(own -> own.equalsParentIndex(parentIndex))
                .filter(own -> attachedName.map(n -> !n.equals(own.name())).orElse(true))
                .toList();
    }

    /**
     * The partitioned table's own index that {@code index} (of {@code partition}) is a copy of, through the copies
     * on sub-partitioned partitions between them.
     */
    static QualifiedName root(Table partition, AttachedIndex index, Map<QualifiedName, Table> tables) {
        QualifiedName at = index.parentIndex();
        Table table = partition;
        for (int depth = 0; table != null && table.isPartition() && depth < tables.size(); depth++) {
            Table parent = tables.get(table.partitionOf().parent());
            QualifiedName copy = at;
            Optional<AttachedIndex> next = parent == null ? Optional.empty() : parent.attachedIndexes().stream()
                    .filter(a -> QualifiedName.of(parent.name().schema(), a.name()).equals(copy)).findFirst();
            if (next.isEmpty()) {
                break;
            }
            at = next.get().parentIndex();
            table = parent;
        }
        return at;
    }

    /** The create of a partition's own index, after the equal indexes of its ancestors and their attaches. */
    private static CreateIndex ordered(Index index, Map<QualifiedName, Table> desiredTables) {
        Table table = desiredTables.get(index.table());
        if (table == null || !table.isPartition()) {
            return new CreateIndex(index);
        }
        List<QualifiedName> parentIndexes = new ArrayList<>();
        List<QualifiedName> partitions = new ArrayList<>(List.of(table.name()));
        for (QualifiedName ancestor : ancestors(table, desiredTables)) {
            Table owner = desiredTables.get(ancestor);
            if (owner == null) {
                break;
            }
            owner.indexes().stream().filter(index::equalsParentIndex)
                    .forEach(p -> parentIndexes.add(p.qualifiedName()));
            if (owner.isPartition()) {
                partitions.add(ancestor);
            }
        }
        return parentIndexes.isEmpty() ? new CreateIndex(index)
                : new CreateIndex(index, parentIndexes, partitions, List.of());
    }

    /** The partition's parent, its parent's parent, and so on, as far as the desired state has them. */
    static List<QualifiedName> ancestors(Table partition, Map<QualifiedName, Table> tables) {
        List<QualifiedName> chain = new ArrayList<>();
        Table at = partition;
        while (at != null && at.isPartition() && chain.size() < tables.size()) {
            QualifiedName parent = at.partitionOf().parent();
            chain.add(parent);
            at = tables.get(parent);
        }
        return chain;
    }
}
