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
        if (found.changes().stream().noneMatch(c -> c instanceof AlterInheritance a && !a.inherit()
                || c instanceof DetachPartition)) {
            return found;
        }
        Side have = Side.of(current);
        Side want = Side.of(desired);
        List<Change> changes = new ArrayList<>();
        Set<List<String>> keptCopies = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof AlterInheritance a && !a.inherit() && want.tables.containsKey(a.table())) {
                Leave leave = leave(a.table(), a.parent(), want.parents(a.table()), have, want, keptCopies);
                changes.add(new AlterInheritance(a.table(), a.parent(), false, a.columns(), leave.dropped(),
                        leave.copies()));
            } else if (change instanceof DetachPartition d && want.tables.containsKey(d.partition())) {
                Leave leave = leave(d.partition(), d.parent(), List.of(), have, want, keptCopies);
                changes.add(new DetachPartition(d.parent(), d.partition(), leave.copies(), leave.dropped()));
            } else {
                changes.add(change);
            }
        }
        return new ChangeSet(changes.stream().filter(c -> !(c instanceof AddConstraint a
                && keptCopies.contains(List.of(a.table().toString(), a.constraint().name())))).toList());
    }

    private record Leave(ParentCopies copies, List<Constraint> dropped) {
    }

    /** The tables and inheritances of one catalog, by name. */
    private record Side(Map<QualifiedName, Table> tables, Map<QualifiedName, TableInheritance> inheritances) {

        static Side of(Catalog catalog) {
            return new Side(catalog.tablesByName(), catalog.inheritancesByTable());
        }

        /** The parents {@code table} inherits from (not the one it is a partition of). */
        List<QualifiedName> parents(QualifiedName table) {
            TableInheritance inheritance = inheritances.get(table);
            return inheritance == null ? List.of() : inheritance.parents();
        }

        /** {@code table} and the tables it inherits from or is a partition of, at any depth, nearest first. */
        List<QualifiedName> ancestors(QualifiedName table) {
            Set<QualifiedName> seen = new LinkedHashSet<>();
            Deque<QualifiedName> work = new ArrayDeque<>(List.of(table));
            while (!work.isEmpty()) {
                QualifiedName next = work.poll();
                if (seen.add(next)) {
                    work.addAll(parents(next));
                    Table t = tables.get(next);
                    if (t != null && t.isPartition()) {
                        work.add(t.partitionOf().parent());
                    }
                }
            }
            return List.copyOf(seen);
        }

        /**
         * The CHECK constraints the owners declare and pass on to their children (all but NO INHERIT ones), by
         * name; the nearest owner's definition wins (a child's copy has the definition of the check it merged with).
         */
        Map<String, Constraint> passedChecks(List<QualifiedName> owners) {
            Map<String, Constraint> checks = new LinkedHashMap<>();
            for (QualifiedName owner : owners) {
                Table t = tables.get(owner);
                if (t != null) {
                    t.constraints().stream()
                            .filter(c -> c.kind() == ConstraintKind.CHECK && !c.definition().endsWith(" NO INHERIT"))
                            .forEach(c -> checks.putIfAbsent(c.name(), c));
                }
            }
            return checks;
        }
    }

    /**
     * What {@code table} has from {@code parent}, the copies it drops after leaving, and (into {@code keptCopies})
     * the checks whose copy it keeps as the desired table declares them. {@code keptParents}: the parents it has in
     * the desired state (one it leaves only to join again counts), which may still pass a check on.
     */
    private static Leave leave(QualifiedName table, QualifiedName parent, List<QualifiedName> keptParents,
                               Side have, Side want, Set<List<String>> keptCopies) {
        List<QualifiedName> owners = have.ancestors(parent);
        Map<String, Constraint> passed = have.passedChecks(owners);
        Set<String> stillPassed = want.passedChecks(keptParents.stream()
                .flatMap(p -> want.ancestors(p).stream()).distinct().toList()).keySet();
        Table current = have.tables.get(table);
        Table desired = want.tables.get(table);
        List<Constraint> dropped = new ArrayList<>();
        for (Constraint copy : passed.values()) {
            boolean own = current != null && current.constraint(copy.name()).isPresent();
            if (own || stillPassed.contains(copy.name())) {
                continue; // declared by the table too: it stays its own, and the table diff compares it
            }
            Optional<Constraint> declared = desired.constraint(copy.name());
            if (declared.isPresent() && declared.get().sameDefinition(copy)) {
                keptCopies.add(List.of(table.toString(), copy.name()));
            } else {
                dropped.add(copy);
            }
        }
        Table parentTable = have.tables.get(parent);
        // a parent outside the managed schemas is not read: the child's inherited columns stand for its columns
        List<String> columns = parentTable != null ? parentTable.columns().stream().map(Column::name).toList()
                : have.inheritances.containsKey(table) ? have.inheritances.get(table).inheritedColumns() : List.of();
        return new Leave(new ParentCopies(owners, columns, List.copyOf(passed.keySet())), dropped);
    }
}
