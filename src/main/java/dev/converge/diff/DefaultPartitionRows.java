package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreateTable;
import dev.converge.change.DetachPartition;
import dev.converge.change.DropTable;
import dev.converge.model.Catalog;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * A new partition of a table that keeps a DEFAULT partition: PostgreSQL refuses {@code CREATE TABLE ... PARTITION
 * OF} while rows of the default partition fall within the new bounds (the monthly partition added after its rows
 * arrived), so the creation moves those rows into the new partition ({@link CreateTable#defaultPartition}). Only
 * where both the parent and its default partition exist now and stay as they are.
 */
final class DefaultPartitionRows {

    private DefaultPartitionRows() {
    }

    static ChangeSet route(Catalog current, Catalog desired, ChangeSet found) {
        Map<QualifiedName, QualifiedName> defaults = keptDefaults(current, desired);
        if (defaults.isEmpty()) {
            return found;
        }
        for (Change change : found.changes()) {
            // a default partition (or its parent) dropped, detached or re-created is not routed through
            if (change instanceof DropTable d) {
                defaults.remove(d.table().name());
                defaults.values().remove(d.table().name());
            } else if (change instanceof DetachPartition d) {
                defaults.values().remove(d.partition());
            }
        }
        boolean changed = false;
        List<Change> changes = new ArrayList<>();
        for (Change change : found.changes()) {
            // (a new partition that is partitioned itself would need its own partitions before the rows move: left
            // to PostgreSQL, which refuses it while the default partition holds rows within its bounds)
            if (change instanceof CreateTable c && c.table().isPartition() && !c.table().isPartitioned()
                    && c.defaultPartition() == null
                    && defaults.containsKey(c.table().partitionOf().parent())) {
                changes.add(c.withDefaultPartition(defaults.get(c.table().partitionOf().parent())));
                changed = true;
            } else {
                changes.add(change);
            }
        }
        return changed ? new ChangeSet(changes) : found;
    }

    /** Parent to its DEFAULT partition, where both catalogs have it so. */
    private static Map<QualifiedName, QualifiedName> keptDefaults(Catalog current, Catalog desired) {
        Map<QualifiedName, QualifiedName> defaults = new HashMap<>();
        Map<QualifiedName, Table> wanted = desired.tablesByName();
        for (Table table : current.tables()) {
            Table want = wanted.get(table.name());
            if (isDefault(table) && want != null && isDefault(want)
                    && want.partitionOf().parent().equals(table.partitionOf().parent())) {
                defaults.put(table.partitionOf().parent(), table.name());
            }
        }
        return defaults;
    }

    private static boolean isDefault(Table table) {
        return table.isPartition() && table.partitionOf().bound().strip().equalsIgnoreCase("DEFAULT");
    }
}
