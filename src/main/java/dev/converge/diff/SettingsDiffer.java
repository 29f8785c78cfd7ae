package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.converge.change.AddColumn;
import dev.converge.change.AddConstraint;
import dev.converge.change.AlterColumn;
import dev.converge.change.AlterColumnSettings;
import dev.converge.change.AlterIndexStatistics;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreateIndex;
import dev.converge.change.CreateTable;
import dev.converge.change.CreateView;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropIndex;
import dev.converge.change.SetClusterIndex;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.ColumnRef;
import dev.converge.model.ColumnSettings;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.TableOptions;
import dev.converge.model.View;

/**
 * Settings that PostgreSQL keeps apart from an object's definition and that are altered in place: a column's
 * statistics target, storage, compression and attribute options, an index column's statistics target (on tables
 * and materialized views), and the table's CLUSTER ON index. Each is compared with what the object will have once the changes found before ran,
 * which is not always the current catalog: a table, column or index the plan creates starts without settings, a
 * retyped column loses its storage and compression, a partition created with PARTITION OF copies storage and
 * compression from its parent, and a dropped index takes the cluster mark with it.
 */
final class SettingsDiffer {

    private SettingsDiffer() {
    }

    /** Reads the tables, columns, indexes and constraints created, retyped or dropped by the passes before. */
    static ChangeSet diff(Catalog current, Catalog desired, ChangeSet found) {
        Found before = Found.of(found.changes());
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        List<Change> changes = new ArrayList<>();
        for (Table table : desired.tables()) {
            Table have = before.createdTables.contains(table.name()) ? null : currentTables.get(table.name());
            for (Column column : table.columns()) {
                ColumnSettings from = columnBefore(table, have, column, before, currentTables, desiredTables);
                if (!from.sameSettings(column.settings())) {
                    changes.add(new AlterColumnSettings(table.name(), column.name(), from, column.settings()));
                }
            }
            indexStatistics(table.name(), table.indexes(), have == null ? null : have.indexes(), before, changes);
            String clusterFrom = have == null ? null : cluster(current.tableOptionsByTable().get(table.name()));
            if (clusterFrom != null && before.droppedIndexes.contains(QualifiedName.of(table.name().schema(),
                    clusterFrom))) {
                clusterFrom = null;
            }
            String clusterTo = cluster(desired.tableOptionsByTable().get(table.name()));
            if (!Objects.equals(clusterFrom, clusterTo)) {
                changes.add(new SetClusterIndex(table.name(), clusterFrom, clusterTo));
            }
        }
        for (View view : desired.views()) {
            View had = before.createdViews.contains(view.name()) ? null : current.viewsByName().get(view.name());
            indexStatistics(view.name(), view.indexes(), had == null ? null : had.indexes(), before, changes);
        }
        return found.plus(changes);
    }

    /** {@code had} is null for a relation the plan creates (its indexes are new). */
    private static void indexStatistics(QualifiedName relation, List<Index> indexes, List<Index> had, Found before,
                                        List<Change> changes) {
        for (Index index : indexes) {
            SortedMap<Integer, Integer> from = had == null || before.createdIndexes.contains(index.qualifiedName())
                    ? new TreeMap<>()
                    : had.stream().filter(i -> i.name().equals(index.name())).findFirst()
                            .map(Index::statistics).orElse(new TreeMap<>());
            if (!from.equals(index.statistics())) {
                changes.add(new AlterIndexStatistics(relation, index.qualifiedName(), from, index.statistics()));
            }
        }
    }

    /** What the column has once the earlier changes ran (see the class comment). */
    private static ColumnSettings columnBefore(Table table, Table have, Column column, Found before,
                                               Map<QualifiedName, Table> currentTables,
                                               Map<QualifiedName, Table> desiredTables) {
        String typeStorage = column.settings().typeStorage();
        if (have == null && table.isPartition()) {
            // PARTITION OF copies the parent's storage and compression as they are when the partition is created
            QualifiedName parent = table.partitionOf().parent();
            Table parentBefore = before.createdTables.contains(parent) ? null : currentTables.get(parent);
            Column parentColumn = parentBefore == null ? null : parentBefore.column(column.name()).orElse(null);
            if (parentColumn == null || before.addedColumns.contains(new ColumnRef(parent, column.name()))) {
                return ColumnSettings.none(typeStorage);
            }
            boolean retyped = before.retypedColumns.contains(new ColumnRef(parent, column.name()));
            return retyped ? ColumnSettings.none(typeStorage) : parentColumn.settings().storageOnly(typeStorage);
        }
        Column had = have == null ? null : have.column(column.name()).orElse(null);
        QualifiedName owner = table.isPartition() ? table.partitionOf().parent() : table.name();
        if (had == null || before.addedColumns.contains(new ColumnRef(owner, column.name()))) {
            return ColumnSettings.none(typeStorage);
        }
        if (before.retypedColumns.contains(new ColumnRef(owner, column.name()))) {
            return had.settings().afterTypeChange(typeStorage);
        }
        return had.settings();
    }

    private static String cluster(TableOptions options) {
        return options == null ? null : options.clusterIndex();
    }

    /** What the earlier passes create, retype or drop, by name. */
    private record Found(Set<QualifiedName> createdTables, Set<ColumnRef> addedColumns, Set<ColumnRef> retypedColumns,
                         Set<QualifiedName> createdIndexes, Set<QualifiedName> droppedIndexes,
                         Set<QualifiedName> createdViews) {

        static Found of(List<Change> changes) {
            Found found = new Found(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(),
                    new HashSet<>(), new HashSet<>());
            for (Change change : changes) {
                if (change instanceof CreateView v) {
                    found.createdViews.add(v.view().name());
                } else if (change instanceof CreateTable c) {
                    found.createdTables.add(c.table().name());
                } else if (change instanceof AddColumn a) {
                    found.addedColumns.add(new ColumnRef(a.table(), a.column().name()));
                } else if (change instanceof AlterColumn a && a.changesType()) {
                    found.retypedColumns.add(new ColumnRef(a.table(), a.desired().name()));
                } else if (change instanceof CreateIndex c) {
                    found.createdIndexes.add(c.index().qualifiedName());
                } else if (change instanceof DropIndex d) {
                    found.droppedIndexes.add(d.index().qualifiedName());
                } else if (change instanceof AddConstraint a) {
                    found.createdIndexes.add(QualifiedName.of(a.table().schema(), a.constraint().name()));
                } else if (change instanceof DropConstraint d) {
                    found.droppedIndexes.add(QualifiedName.of(d.table().schema(), d.constraint().name()));
                }
            }
            return found;
        }
    }
}
