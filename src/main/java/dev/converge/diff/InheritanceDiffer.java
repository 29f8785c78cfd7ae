package dev.converge.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.converge.change.AddColumn;
import dev.converge.change.AddConstraint;
import dev.converge.change.AlterColumn;
import dev.converge.change.AlterInheritance;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.change.CreateTable;
import dev.converge.change.DropColumn;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropTable;
import dev.converge.change.ParentCopies;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.ObjectKind;
import dev.converge.model.ObjectRef;
import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.TableInheritance;

/**
 * Table inheritance ({@code INHERITS}). Reads and rewrites the table changes found so far: a child is created with
 * its parents (and without the columns it only inherits); a column added to, dropped from or altered on a parent
 * reaches the children that keep that parent by itself (PostgreSQL recurses), so the same change on such a child
 * is left out (a child's own default or NOT NULL of an added column is altered after the add,
 * {@link ReachedColumns}); parents added to or removed from an existing table become {@code INHERIT} /
 * {@code NO INHERIT}.
 * Whether a column is declared by the child as well ({@code attislocal}) is not compared: PostgreSQL has no
 * statement that changes it.
 */
final class InheritanceDiffer {

    /** Column changes PostgreSQL makes on the children too when they are made on the parent. */
    private static final Set<ColumnAspect> RECURSING = EnumSet.of(ColumnAspect.TYPE, ColumnAspect.COLLATION,
            ColumnAspect.DEFAULT, ColumnAspect.NOT_NULL);

    private InheritanceDiffer() {
    }

    static ChangeSet diff(Catalog current, Catalog desired, ChangeSet found) {
        Map<QualifiedName, TableInheritance> have = current.inheritancesByTable();
        Map<QualifiedName, TableInheritance> want = desired.inheritancesByTable();
        if (have.isEmpty() && want.isEmpty()) {
            return found;
        }
        Set<QualifiedName> dropped = new HashSet<>();
        Set<QualifiedName> created = new HashSet<>();
        for (Change change : found.changes()) {
            if (change instanceof DropTable d) {
                dropped.add(d.table().name());
            } else if (change instanceof CreateTable c) {
                created.add(c.table().name());
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Change change : found.changes()) {
            Change kept = rewrite(change, have, want, current, desired, found.changes());
            if (kept != null) {
                changes.add(kept);
            }
            if (kept instanceof CreateTable c && c.inheritance() != null) {
                NewChildColumns.add(c, current, desired, changes);
            }
        }
        Set<QualifiedName> tables = new TreeSet<>(have.keySet());
        tables.addAll(want.keySet());
        for (QualifiedName table : tables) {
            List<QualifiedName> currentParents = parents(have.get(table));
            if (dropped.contains(table)) {
                // PostgreSQL drops no parent while a child remains: the child leaves the parents dropped with it
                currentParents.stream().filter(dropped::contains)
                        .forEach(p -> changes.add(new AlterInheritance(table, p, false, List.of())));
            } else if (!created.contains(table)) {
                alter(table, have.get(table), want.get(table), current, desired, changes);
            }
        }
        return new ChangeSet(changes);
    }

    /**
     * Adds to {@code disturbed} the columns of the children (at any depth) that a disturbed parent column reaches:
     * PostgreSQL changes their type or drops them with the parent's, so what uses them must move out of the way too.
     * A child that leaves the parent in {@code desired} is not reached: it leaves before the parent's changes
     * ({@link LeftParents}), so the views and triggers on it stay.
     */
    static void reachedChildren(Catalog current, Catalog desired, Map<ObjectRef, String> disturbed) {
        if (current.inheritances().isEmpty()) {
            return;
        }
        Map<QualifiedName, TableInheritance> want = desired.inheritancesByTable();
        Set<QualifiedName> desiredTables = desired.tablesByName().keySet();
        Deque<ObjectRef> work = new ArrayDeque<>(disturbed.keySet());
        while (!work.isEmpty()) {
            ObjectRef ref = work.poll();
            if (ref.kind() != ObjectKind.COLUMN) {
                continue;
            }
            for (TableInheritance child : current.inheritances()) {
                boolean leaves = desiredTables.contains(child.table())
                        && !parents(want.get(child.table())).contains(ref.name());
                if (child.parents().contains(ref.name()) && child.inherits(ref.member()) && !leaves) {
                    ObjectRef column = ObjectRef.member(ObjectKind.COLUMN, child.table(), ref.member());
                    if (disturbed.putIfAbsent(column, disturbed.get(ref) + " on the parent") == null) {
                        work.add(column);
                    }
                }
            }
        }
    }

    /** The change as it should run once inheritance is taken into account; null to leave it out. */
    private static Change rewrite(Change change, Map<QualifiedName, TableInheritance> have,
                                  Map<QualifiedName, TableInheritance> want, Catalog current, Catalog desired,
                                  List<Change> found) {
        if (change instanceof CreateTable c && want.containsKey(c.table().name())) {
            return new CreateTable(c.table(), want.get(c.table().name()));
        } else if (change instanceof AddColumn a && inherited(a.table(), a.column().name(), want, have, desired)) {
            // the parent's add reaches the child; what the child holds of its own is altered after it
            return ReachedColumns.ownValues(a, have, want, current, desired);
        } else if (change instanceof DropColumn d && inherited(d.table(), d.column().name(), have, want, current)) {
            return null;
        } else if (change instanceof DropConstraint d
                && parentHasCheck(d.table(), d.constraint(), keptParents(d.table(), have, want), current)) {
            return null; // an inherited check that is also the child's own: PostgreSQL drops neither alone
        } else if (change instanceof AddConstraint a
                && parentHasCheck(a.table(), a.constraint(), keptParents(a.table(), have, want), desired)) {
            return null; // added to the parent, it reaches the child
        } else if (change instanceof AlterColumn a
                && inherited(a.table(), a.current().name(), have, want, current)
                && inherited(a.table(), a.current().name(), want, have, desired)) {
            return alterOnChild(a, keptParents(a.table(), have, want), found);
        }
        return change;
    }

    /**
     * True when {@code column} of {@code table} comes only from a parent in {@code side} (the catalog it is read
     * from), through a parent the table has in both catalogs: a change of that column on the parent reaches it.
     */
    static boolean inherited(QualifiedName table, String column, Map<QualifiedName, TableInheritance> side,
                                     Map<QualifiedName, TableInheritance> other, Catalog catalog) {
        TableInheritance inheritance = side.get(table);
        if (inheritance == null || !inheritance.inherits(column)) {
            return false;
        }
        Map<QualifiedName, Table> tables = catalog.tablesByName();
        return keptParents(table, side, other).stream()
                .map(tables::get)
                .anyMatch(parent -> parent != null && parent.column(column).isPresent());
    }

    private static boolean parentHasCheck(QualifiedName table, Constraint constraint, List<QualifiedName> parents,
                                          Catalog catalog) {
        if (constraint.kind() != ConstraintKind.CHECK) {
            return false;
        }
        Map<QualifiedName, Table> tables = catalog.tablesByName();
        return parents.stream().map(tables::get).filter(Objects::nonNull)
                .anyMatch(p -> inheritedChecks(p).stream().anyMatch(c -> c.name().equals(constraint.name())));
    }

    /** The CHECK constraints of {@code parent} that its children get (all but NO INHERIT ones). */
    private static List<Constraint> inheritedChecks(Table parent) {
        return parent.constraints().stream()
                .filter(c -> c.kind() == ConstraintKind.CHECK && !c.definition().endsWith(" NO INHERIT"))
                .toList();
    }

    /** The checks of {@code parent} that {@code child} declares in neither catalog. */
    private static List<Constraint> missingChecks(Table parent, Table... child) {
        List<Constraint> missing = new ArrayList<>();
        if (parent == null) {
            return missing;
        }
        for (Constraint check : inheritedChecks(parent)) {
            boolean declared = false;
            for (Table t : child) {
                declared |= t != null && t.constraint(check.name()).isPresent();
            }
            if (!declared) {
                missing.add(check);
            }
        }
        return missing;
    }

    static List<QualifiedName> keptParents(QualifiedName table, Map<QualifiedName, TableInheritance> have,
                                                   Map<QualifiedName, TableInheritance> want) {
        List<QualifiedName> kept = new ArrayList<>(parents(have.get(table)));
        kept.retainAll(parents(want.get(table)));
        return kept;
    }

    /**
     * What remains of an alter of an inherited column once the same alter of a parent has reached it: the aspects
     * the parent's alter sets to the value the child wants are left out.
     */
    private static Change alterOnChild(AlterColumn child, List<QualifiedName> parents, List<Change> found) {
        Set<ColumnAspect> remaining = EnumSet.copyOf(child.aspects());
        for (Change change : found) {
            if (change instanceof AlterColumn parent && parents.contains(parent.table())
                    && parent.current().name().equals(child.current().name())) {
                for (ColumnAspect aspect : parent.aspects()) {
                    boolean recurses = aspect != ColumnAspect.DEFAULT || parent.defaultRecurses();
                    if (RECURSING.contains(aspect) && recurses
                            && sameAspect(aspect, parent.desired(), child.desired())) {
                        remaining.remove(aspect);
                    }
                }
            }
        }
        if (remaining.isEmpty()) {
            return null;
        }
        return new AlterColumn(child.table(), child.current(), child.desired(), remaining);
    }

    private static boolean sameAspect(ColumnAspect aspect, Column a, Column b) {
        return switch (aspect) {
            case TYPE -> a.type().equals(b.type());
            case COLLATION -> Objects.equals(a.collation(), b.collation());
            case DEFAULT -> Objects.equals(a.defaultExpression(), b.defaultExpression());
            case NOT_NULL -> a.notNull() == b.notNull();
            default -> false;
        };
    }

    /**
     * Parents added and removed. PostgreSQL appends an added parent last, so when the parents kept change order
     * every current parent is removed and every desired one added again, in order.
     */
    private static void alter(QualifiedName table, TableInheritance have, TableInheritance want, Catalog current,
                              Catalog desired, List<Change> changes) {
        List<QualifiedName> currentParents = parents(have);
        List<QualifiedName> desiredParents = parents(want);
        if (currentParents.equals(desiredParents)) {
            return;
        }
        List<QualifiedName> kept = new ArrayList<>(currentParents);
        kept.retainAll(desiredParents);
        List<QualifiedName> keptInDesiredOrder = new ArrayList<>(desiredParents);
        keptInDesiredOrder.retainAll(currentParents);
        boolean reorder = !kept.equals(keptInDesiredOrder)
                || !desiredParents.subList(0, kept.size()).equals(kept);
        List<String> inheritedColumns = have == null ? List.of() : have.inheritedColumns();
        Table currentChild = current.tablesByName().get(table);
        Table desiredChild = desired.tablesByName().get(table);
        for (QualifiedName parent : currentParents) {
            if (reorder || !desiredParents.contains(parent)) {
                // what the child has from the parent, and which check copies it drops, LeftParents says
                changes.add(new AlterInheritance(table, parent, false, inheritedColumns));
            }
        }
        Map<QualifiedName, Table> tables = desired.tablesByName();
        for (QualifiedName parent : desiredParents) {
            if (reorder || !currentParents.contains(parent)) {
                Table parentTable = tables.get(parent);
                List<String> columns = parentTable == null ? want.inheritedColumns()
                        : parentTable.columns().stream().map(Column::name).toList();
                List<Constraint> checks = currentParents.contains(parent) ? List.of()
                        : missingChecks(parentTable, currentChild, desiredChild);
                changes.add(new AlterInheritance(table, parent, true, columns, checks, ParentCopies.NONE));
            }
        }
    }

    private static List<QualifiedName> parents(TableInheritance inheritance) {
        return inheritance == null ? List.of() : inheritance.parents();
    }
}
