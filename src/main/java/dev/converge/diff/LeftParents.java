package dev.converge.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.converge.change.AddConstraint;
import dev.converge.change.AlterInheritance;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.DetachPartition;
import dev.converge.change.ParentCopies;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.TableInheritance;

/**
 * Tables that leave a parent ({@code NO INHERIT}, {@code DETACH PARTITION}) while they stay. PostgreSQL makes their
 * copies of the parent's columns and CHECK constraints (inherited from the parent or, through it, from its
 * ancestors) their own, with the parent's definitions. Reads the changes found so far and rewrites them:
 * <ul>
 *   <li>each leave says what the table has from the parent ({@link ParentCopies}), so that the parent's drops and
 *   alters, which PostgreSQL would otherwise pass on to the table (a dropped parent column takes the child's
 *   values), are ordered after it;</li>
 *   <li>it drops the check copies the desired table does not declare with the same definition (the inspect reads
 *   only a table's own checks, so the table diff does not see them), unless another parent the table keeps still
 *   passes the check on;</li>
 *   <li>the table diff's ADD of a check the desired table declares exactly as the copy it keeps is left out (it
 *   would fail: the copy is there); one declared otherwise is added after the copy is dropped.</li>
 * </ul>
 */
final class LeftParents {

    private LeftParents() {
    }

    static ChangeSet fill(Catalog current, Catalog desired, ChangeSet found) {
        List<Change> changes = new ArrayList<>();
        Set<List<String>> keptCopies = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof AlterInheritance a && !a.inherit() && staying(a.table(), desired)) {
                Leave leave = leave(a.table(), a.parent(), keptParents(a, desired), current, desired, keptCopies);
                changes.add(new AlterInheritance(a.table(), a.parent(), false, a.columns(), leave.dropped(),
                        leave.copies()));
            } else if (change instanceof DetachPartition d && staying(d.partition(), desired)) {
                Leave leave = leave(d.partition(), d.parent(), List.of(), current, desired, keptCopies);
                changes.add(new DetachPartition(d.parent(), d.partition(), leave.copies(), leave.dropped()));
            } else {
                changes.add(change);
            }
        }
        if (keptCopies.isEmpty()) {
            return new ChangeSet(changes);
        }
        return new ChangeSet(changes.stream().filter(c -> !(c instanceof AddConstraint a
                && keptCopies.contains(List.of(a.table().toString(), a.constraint().name())))).toList());
    }

    private record Leave(ParentCopies copies, List<Constraint> dropped) {
    }

    /**
     * What {@code table} has from {@code parent}, the copies it drops after leaving, and (into {@code keptCopies})
     * the checks whose copy it keeps as the desired table declares them.
     */
    private static Leave leave(QualifiedName table, QualifiedName parent, List<QualifiedName> keptParents,
                               Catalog current, Catalog desired, Set<List<String>> keptCopies) {
        List<QualifiedName> owners = ancestors(parent, current);
        Map<String, Constraint> passed = passedChecks(owners, current);
        Set<String> stillPassed = passedChecks(keptParents.stream()
                .flatMap(p -> ancestors(p, desired).stream()).distinct().toList(), desired).keySet();
        Optional<Table> have = current.table(table);
        Optional<Table> want = desired.table(table);
        List<Constraint> dropped = new ArrayList<>();
        for (Constraint copy : passed.values()) {
            boolean own = have.flatMap(t -> t.constraint(copy.name())).isPresent();
            if (own || stillPassed.contains(copy.name())) {
                continue; // declared by the table too: it stays its own, and the table diff compares it
            }
            Optional<Constraint> declared = want.flatMap(t -> t.constraint(copy.name()));
            if (declared.isPresent() && declared.get().sameDefinition(copy)) {
                keptCopies.add(List.of(table.toString(), copy.name()));
            } else {
                dropped.add(copy);
            }
        }
        List<String> columns = current.table(parent).map(p -> p.columns().stream().map(Column::name).toList())
                .orElseGet(() -> inheritedColumns(table, current));
        return new Leave(new ParentCopies(owners, columns, List.copyOf(passed.keySet())), dropped);
    }

    /** {@code table} and the tables it inherits from or is a partition of, at any depth, nearest first. */
    static List<QualifiedName> ancestors(QualifiedName table, Catalog catalog) {
        Map<QualifiedName, TableInheritance> inheritances = catalog.inheritancesByTable();
        Set<QualifiedName> seen = new LinkedHashSet<>();
        Deque<QualifiedName> work = new ArrayDeque<>(List.of(table));
        while (!work.isEmpty()) {
            QualifiedName next = work.poll();
            if (!seen.add(next)) {
                continue;
            }
            TableInheritance inheritance = inheritances.get(next);
            if (inheritance != null) {
                work.addAll(inheritance.parents());
            }
            catalog.table(next).filter(Table::isPartition).ifPresent(t -> work.add(t.partitionOf().parent()));
        }
        return List.copyOf(seen);
    }

    /**
     * The CHECK constraints the owners declare and pass on to their children (all but NO INHERIT ones), by name;
     * the nearest owner's definition wins (a child's copy has the definition of the check it merged with).
     */
    private static Map<String, Constraint> passedChecks(List<QualifiedName> owners, Catalog catalog) {
        Map<String, Constraint> checks = new LinkedHashMap<>();
        for (QualifiedName owner : owners) {
            catalog.table(owner).ifPresent(t -> t.constraints().stream()
                    .filter(c -> c.kind() == ConstraintKind.CHECK && !c.definition().endsWith(" NO INHERIT"))
                    .forEach(c -> checks.putIfAbsent(c.name(), c)));
        }
        return checks;
    }

    /** The parents the child has in the desired state (a parent it leaves to join again later counts). */
    private static List<QualifiedName> keptParents(AlterInheritance a, Catalog desired) {
        TableInheritance want = desired.inheritancesByTable().get(a.table());
        return want == null ? List.of() : want.parents();
    }

    /** A parent outside the managed schemas is not read: the child's inherited columns stand for its columns. */
    private static List<String> inheritedColumns(QualifiedName table, Catalog current) {
        TableInheritance have = current.inheritancesByTable().get(table);
        return have == null ? List.of() : have.inheritedColumns();
    }

    private static boolean staying(QualifiedName table, Catalog desired) {
        return desired.table(table).isPresent();
    }
}
