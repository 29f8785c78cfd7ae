package dev.converge.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddConstraint;
import dev.converge.change.AttachPartition;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.DropConstraint;
import dev.converge.change.PartitionKeys;
import dev.converge.model.Catalog;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * Keeps a partition's own primary key or unique constraint its own: the keys' counterpart of
 * {@link PartitionOwnIndexes}. A partitioned table's new key (ADD CONSTRAINT) takes each partition's equal key that
 * is attached to nothing in place of a copy, a unique constraint for a primary key too, and ATTACH PARTITION does
 * the same with the parent's keys (DefineIndex, AttachPartitionEnsureIndexes: only a key, not a plain unique index,
 * is taken for a key). So an equal key a partition has and the desired state keeps as its own, or drops, is
 * dropped before the parent's key or the attach, and one it keeps is added again after them; one the desired
 * state attaches under its own name is left to be taken ({@link AttachedIndexes} keeps it).
 */
final class PartitionOwnKeys {

    private PartitionOwnKeys() {
    }

    static ChangeSet order(Catalog current, Catalog desired, ChangeSet found) {
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        DroppedObjects dropped = DroppedObjects.of(found.changes());
        Set<QualifiedName> droppedTables = dropped.droppedTables();
        Set<QualifiedName> droppedKeys = dropped.droppedIndexes();
        List<Change> changes = new ArrayList<>();
        List<AddConstraint> readded = new ArrayList<>();
        Displacer displacer = new Displacer(currentTables, desiredTables, droppedTables, droppedKeys, changes,
                readded);
        for (Change change : found.changes()) {
            if (change instanceof AddConstraint a && isKey(a.constraint()) && desiredTables.containsKey(a.table())
                    && desiredTables.get(a.table()).isPartitioned()) {
                List<QualifiedName> displaced = displacer.displace(
                        PartitionOwnIndexes.descendants(a.table(), desiredTables),
                        List.of(new ParentKey(desiredTables.get(a.table()), a.constraint())));
                changes.add(displaced.isEmpty() ? ordered(a, desiredTables)
                        : a.withPartitionKeys(new PartitionKeys(List.of(), List.of(), displaced)));
            } else if (change instanceof AddConstraint a && isKey(a.constraint())) {
                changes.add(ordered(a, desiredTables));
            } else if (change instanceof AttachPartition a) {
                List<Table> attached = new ArrayList<>(PartitionOwnIndexes.descendants(a.partition(), desiredTables));
                Optional.ofNullable(desiredTables.get(a.partition())).ifPresent(attached::add);
                List<QualifiedName> displaced = new ArrayList<>(a.displaced());
                displaced.addAll(displacer.displace(attached, reaching(a.parent(), desiredTables)));
                changes.add(a.withDisplaced(displaced));
            } else {
                changes.add(change);
            }
        }
        readded.forEach(a -> changes.add(ordered(a, desiredTables)));
        return new ChangeSet(changes);
    }

    private record ParentKey(Table owner, Constraint key) {

        QualifiedName index() {
            return QualifiedName.of(owner.name().schema(), key.name());
        }
    }

    /** Drops the partitions' own keys a parent key would take but the desired state does not attach to it. */
    private record Displacer(Map<QualifiedName, Table> currentTables, Map<QualifiedName, Table> desiredTables,
                             Set<QualifiedName> droppedTables, Set<QualifiedName> droppedKeys,
                             List<Change> changes, List<AddConstraint> readded) {

        List<QualifiedName> displace(List<Table> partitions, List<ParentKey> parentKeys) {
            List<QualifiedName> displaced = new ArrayList<>();
            for (Table partition : partitions) {
                Table have = droppedTables.contains(partition.name()) ? null : currentTables.get(partition.name());
                if (have == null) {
                    continue;
                }
                for (ParentKey parentKey : parentKeys) {
                    for (Constraint own : taken(have, partition, parentKey)) {
                        QualifiedName name = QualifiedName.of(have.name().schema(), own.name());
                        displaced.add(name);
                        if (droppedKeys.add(name)) {
                            changes.add(new DropConstraint(have.name(), own));
                            partition.constraint(own.name())
                                    .ifPresent(c -> readded.add(new AddConstraint(partition.name(), c)));
                        }
                    }
                }
            }
            return displaced;
        }

        /** {@code have}'s own keys equal to {@code parentKey}, but the one the desired state attaches to it. */
        private List<Constraint> taken(Table have, Table want, ParentKey parentKey) {
            Optional<String> attachedName = want.attachedIndexes().stream()
                    .filter(a -> PartitionOwnIndexes.root(want, a, desiredTables).equals(parentKey.index()))
                    .map(a -> a.name()).findFirst();
            return have.constraints().stream()
                    .filter(own -> sameKey(own, parentKey.key()))
                    .filter(own -> attachedName.map(n -> !n.equals(own.name())).orElse(true))
                    .toList();
        }
    }

    /** A partition's own key: after the equal keys of its ancestors and the attaches of it and its ancestors. */
    private static AddConstraint ordered(AddConstraint add, Map<QualifiedName, Table> desiredTables) {
        Table table = desiredTables.get(add.table());
        if (table == null || !table.isPartition()) {
            return add;
        }
        List<QualifiedName> parentKeys = new ArrayList<>();
        List<QualifiedName> partitions = new ArrayList<>(List.of(table.name()));
        for (QualifiedName ancestor : PartitionOwnIndexes.ancestors(table, desiredTables)) {
            Table owner = desiredTables.get(ancestor);
            if (owner == null) {
                break;
            }
            owner.constraints().stream().filter(k -> sameKey(add.constraint(), k))
                    .forEach(k -> parentKeys.add(QualifiedName.of(ancestor.schema(), k.name())));
            if (owner.isPartition()) {
                partitions.add(ancestor);
            }
        }
        return parentKeys.isEmpty() ? add
                : add.withPartitionKeys(new PartitionKeys(parentKeys, partitions, add.partitionKeys().displaced()));
    }

    /** The keys of {@code parent} and its ancestors, which reach a partition attached to it. */
    private static List<ParentKey> reaching(QualifiedName parent, Map<QualifiedName, Table> tables) {
        List<ParentKey> keys = new ArrayList<>();
        Table at = tables.get(parent);
        for (int depth = 0; at != null && depth <= tables.size(); depth++) {
            Table owner = at;
            owner.constraints().stream().filter(PartitionOwnKeys::isKey).forEach(k -> keys.add(new ParentKey(owner, k)));
            at = at.isPartition() ? tables.get(at.partitionOf().parent()) : null;
        }
        return keys;
    }

    /**
     * Whether PostgreSQL takes {@code own} for {@code parent}: both keys, over the same columns with the same
     * options (a unique constraint is taken for a primary key).
     */
    static boolean sameKey(Constraint own, Constraint parent) {
        String ownKey = keyText(own);
        return ownKey != null && ownKey.equals(keyText(parent));
    }

    /** The definition after {@code PRIMARY KEY} or {@code UNIQUE}; null for other kinds. */
    private static String keyText(Constraint constraint) {
        String definition = constraint.definition();
        String head = constraint.kind() == ConstraintKind.PRIMARY_KEY ? "PRIMARY KEY "
                : constraint.kind() == ConstraintKind.UNIQUE ? "UNIQUE " : null;
        return head != null && definition.startsWith(head) ? definition.substring(head.length()) : null;
    }

    private static boolean isKey(Constraint constraint) {
        return constraint.kind() == ConstraintKind.PRIMARY_KEY || constraint.kind() == ConstraintKind.UNIQUE;
    }
}
