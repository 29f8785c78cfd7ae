package dev.converge.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.CreateTable;
import dev.converge.change.DropSequence;
import dev.converge.change.DropTable;
import dev.converge.change.RestoreRows;
import dev.converge.change.SaveRows;
import dev.converge.change.SetSequenceOwner;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Identity;
import dev.converge.model.QualifiedName;
import dev.converge.model.Sequence;
import dev.converge.model.Table;

/**
 * Tables dropped and created again under the same name (PostgreSQL cannot change whether or how a table is
 * partitioned) keep their rows: they are saved aside before the drop and put into the new table in the same
 * transaction ({@link SaveRows}, {@link RestoreRows}), so the drop deletes nothing. Rows are copied from the
 * topmost re-created table, through which its partitions' rows are read and routed into the new partitions. A
 * sequence owned by one of its columns is released before the drop (which would take it along) and owned again.
 */
final class RecreatedTables {

    private RecreatedTables() {
    }

    static ChangeSet keepRows(Catalog current, Catalog desired, ChangeSet found) {
        Set<QualifiedName> created = new HashSet<>();
        Set<QualifiedName> dropped = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof CreateTable c) {
                created.add(c.table().name());
            } else if (change instanceof DropTable d) {
                dropped.add(d.table().name());
            }
        }
        Set<QualifiedName> recreated = new HashSet<>(created);
        recreated.retainAll(dropped);
        if (recreated.isEmpty()) {
            return found;
        }
        Map<QualifiedName, Table> currentTables = current.tablesByName();
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        Set<QualifiedName> keptTrees = new HashSet<>();
        List<Change> extra = new ArrayList<>();
        for (QualifiedName name : recreated.stream().sorted().toList()) {
            Table have = currentTables.get(name);
            if (have.isPartition() && recreated.contains(have.partitionOf().parent())) {
                continue; // its rows are copied through its re-created parent
            }
            Table want = desiredTables.get(name);
            List<QualifiedName> currentTree = tree(current, name);
            keptTrees.addAll(currentTree);
            List<String> columns = have.columns().stream().map(Column::name)
                    .filter(c -> want.column(c).filter(w -> !w.isGenerated()).isPresent()).toList();
            List<Column> identities = columns.stream().map(c -> want.column(c).orElseThrow())
                    .filter(c -> c.identity().isPresent()).toList();
            extra.add(new SaveRows(name, columns, currentTree));
            extra.add(new RestoreRows(name, columns, tree(desired, name).stream().map(desiredTables::get).toList(),
                    identities.stream().anyMatch(c -> c.identity().kind() == Identity.IdentityKind.ALWAYS),
                    identities.stream().map(Column::name).toList()));
        }
        List<Change> changes = new ArrayList<>();
        for (Change change : found.changes()) {
            changes.add(change instanceof DropTable d && keptTrees.contains(d.table().name())
                    ? new DropTable(d.table(), true) : change);
        }
        changes.addAll(extra);
        changes.addAll(ownedSequences(current, desired, found, keptTrees));
        return new ChangeSet(changes);
    }

    /** The table and its partitions at every level, parents first. */
    private static List<QualifiedName> tree(Catalog catalog, QualifiedName root) {
        Map<QualifiedName, List<QualifiedName>> children = new HashMap<>();
        for (Table table : catalog.tables()) {
            if (table.isPartition()) {
                children.computeIfAbsent(table.partitionOf().parent(), p -> new ArrayList<>()).add(table.name());
            }
        }
        List<QualifiedName> result = new ArrayList<>();
        result.add(root);
        for (int i = 0; i < result.size(); i++) {
            children.getOrDefault(result.get(i), List.of()).stream().sorted().forEach(result::add);
        }
        return result;
    }

    /** Sequences that stay but are owned by a column of a dropped table: released first, owned again after. */
    private static List<Change> ownedSequences(Catalog current, Catalog desired, ChangeSet found,
                                               Set<QualifiedName> keptTrees) {
        Set<QualifiedName> handled = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof SetSequenceOwner s) {
                handled.add(s.sequence());
            } else if (change instanceof DropSequence d) {
                handled.add(d.sequence().name());
            }
        }
        Map<QualifiedName, Sequence> desiredSequences = desired.sequencesByName();
        List<Change> changes = new ArrayList<>();
        for (Sequence sequence : current.sequences()) {
            Sequence want = desiredSequences.get(sequence.name());
            if (want == null || handled.contains(sequence.name()) || sequence.ownedBy() == null
                    || !keptTrees.contains(sequence.ownedBy().table())) {
                continue;
            }
            changes.add(new SetSequenceOwner(sequence.name(), sequence.ownedBy(), null));
            if (want.ownedBy() != null) {
                changes.add(new SetSequenceOwner(sequence.name(), null, want.ownedBy()));
            }
        }
        return changes;
    }
}
