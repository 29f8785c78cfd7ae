package dev.converge.diff;

import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.converge.change.AddColumn;
import dev.converge.change.AddConstraint;
import dev.converge.change.AttachPartition;
import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateIndex;
import dev.converge.change.CreateTable;
import dev.converge.change.DetachPartition;
import dev.converge.change.DropColumn;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropIndex;
import dev.converge.change.DropTable;
import dev.converge.change.SetComment;
import dev.converge.change.SetTableLogged;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/** Tables: create (foreign keys and indexes separately), drop (foreign keys first), and compare members. */
final class TableDiffer {

    private TableDiffer() {
    }

    static void diff(Catalog current, Catalog desired, List<Change> changes) {
        Set<QualifiedName> recreated = recreatedTables(current, desired);
        Pairs.match(current.tablesByName(), desired.tablesByName(),
                t -> drop(t, changes),
                t -> create(PartitionDefaults.forCreate(t, current, desired), changes),
                (c, d) -> {
                    if (recreated.contains(c.name())) {
                        drop(c, changes);
                        create(PartitionDefaults.forCreate(d, current, desired), changes);
                    } else if (!c.equals(d)) { // most tables are unchanged: one deep equals, no member maps
                        compare(c, d, changes);
                        if (d.isPartition()) {
                            PartitionColumns.compare(current, desired, c, d, changes);
                        }
                    }
                });
    }

    /**
     * Tables that must be dropped and created again: PostgreSQL cannot change whether or how a table is
     * partitioned, and dropping a partitioned table drops its partitions, so theirs are re-created too.
     */
    private static Set<QualifiedName> recreatedTables(Catalog current, Catalog desired) {
        Map<QualifiedName, Table> desiredTables = desired.tablesByName();
        Set<QualifiedName> recreated = new TreeSet<>();
        for (Table table : current.tables()) {
            Table want = desiredTables.get(table.name());
            if (want != null && !Objects.equals(table.partitionKey(), want.partitionKey())) {
                recreated.add(table.name());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Table table : current.tables()) {
                if (table.isPartition() && recreated.contains(table.partitionOf().parent())
                        && desiredTables.containsKey(table.name()) && recreated.add(table.name())) {
                    grew = true;
                }
            }
        }
        return recreated;
    }

    /** Its foreign keys to other tables go first as their own changes, so FK cycles never block the drops. */
    private static void drop(Table table, List<Change> changes) {
        for (Constraint fk : table.foreignKeys()) {
            if (!fk.foreignKey().referencedTable().equals(table.name())) {
                changes.add(new DropConstraint(table.name(), fk));
            }
        }
        changes.add(new DropTable(table));
    }

    /**
     * Foreign keys, constraints declared NOT VALID (which PostgreSQL validates when they are written in CREATE
     * TABLE), and a unique or primary key or an exclusion constraint equal to one before it (which CREATE TABLE
     * merges into that one, where ALTER TABLE keeps both) are added by their own changes after the table.
     */
    private static void create(Table table, List<Change> changes) {
        List<Constraint> inline = new ArrayList<>();
        List<Constraint> after = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Constraint c : table.constraints()) {
            if (c.kind() == ConstraintKind.FOREIGN_KEY) {
                continue;
            }
            boolean merged = (c.kind() == ConstraintKind.UNIQUE || c.kind() == ConstraintKind.PRIMARY_KEY)
                    && !keys.add(c.definition().replaceFirst("^(UNIQUE|PRIMARY KEY) ", ""))
                    // CREATE TABLE merges an exclusion constraint equal to one before it too
                    || c.kind() == ConstraintKind.EXCLUSION && !keys.add(c.definition());
            (c.notValid() || merged ? after : inline).add(c);
        }
        changes.add(new CreateTable(table.withConstraints(inline).withIndexes(List.of())));
        after.forEach(c -> changes.add(new AddConstraint(table.name(), c)));
        table.foreignKeys().forEach(fk -> changes.add(new AddConstraint(table.name(), fk)));
        table.indexes().forEach(index -> changes.add(new CreateIndex(index)));
        if (table.comment() != null) {
            changes.add(new SetComment(CommentTarget.table(table.name()), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                changes.add(new SetComment(CommentTarget.column(table.name(), column.name()), column.comment()));
            }
        }
        table.constraints().forEach(c -> constraintComment(table, c, changes));
        table.indexes().forEach(i -> indexComment(i, changes));
    }

    private static void compare(Table current, Table desired, List<Change> changes) {
        if (current.unlogged() != desired.unlogged()) {
            changes.add(new SetTableLogged(desired.name(), !desired.unlogged()));
        }
        if (!Objects.equals(current.comment(), desired.comment())) {
            changes.add(new SetComment(CommentTarget.table(desired.name()), desired.comment()));
        }
        comparePartitionOf(current, desired, changes);
        Set<String> recreated = new TreeSet<>();
        if (!desired.isPartition()) {
            compareColumns(current, desired, recreated, changes);
        }
        compareConstraints(current, desired, recreated, changes);
        compareIndexes(current, desired, recreated, changes);
    }

    /** Detach from the current parent and attach with the desired bound; the rows stay in the table. */
    private static void comparePartitionOf(Table current, Table desired, List<Change> changes) {
        if (Objects.equals(current.partitionOf(), desired.partitionOf())) {
            return;
        }
        if (current.isPartition()) {
            changes.add(new DetachPartition(current.partitionOf().parent(), current.name()));
        }
        if (desired.isPartition()) {
            changes.add(new AttachPartition(desired.partitionOf().parent(), desired.name(),
                    desired.partitionOf().bound(), desired.columns().stream().map(Column::name).toList()));
        }
    }

    /** A partition's columns are its parent's, so they are compared only where the desired table is not one. */
    private static void compareColumns(Table current, Table desired, Set<String> recreated, List<Change> changes) {
        for (Column column : current.columns()) {
            if (desired.column(column.name()).isEmpty()) {
                changes.add(new DropColumn(current.name(), column));
            }
        }
        List<Column> columns = desired.columns();
        for (int position = 0; position < columns.size(); position++) {
            Column want = columns.get(position);
            Column have = current.column(want.name()).orElse(null);
            if (have == null) {
                changes.add(new AddColumn(desired.name(), want, position));
                if (want.comment() != null) {
                    changes.add(new SetComment(CommentTarget.column(desired.name(), want.name()), want.comment()));
                }
            } else if (ColumnDiffer.diff(desired.name(), have, want, position, changes)) {
                recreated.add(want.name());
            }
        }
    }

    /** A changed constraint, or one on a recreated column (which PostgreSQL drops with it), is dropped and added. */
    private static void compareConstraints(Table current, Table desired, Set<String> recreated,
                                           List<Change> changes) {
        Pairs.match(byName(current.constraints(), Constraint::name), byName(desired.constraints(), Constraint::name),
                c -> changes.add(new DropConstraint(current.name(), c)),
                c -> {
                    changes.add(new AddConstraint(desired.name(), c));
                    constraintComment(desired, c, changes);
                },
                (c, d) -> {
                    if (!c.sameDefinition(d) || intersects(c.columns(), recreated)) {
                        changes.add(new DropConstraint(current.name(), c));
                        changes.add(new AddConstraint(desired.name(), d));
                        constraintComment(desired, d, changes);
                    } else if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.constraint(desired.name(), d.name()), d.comment()));
                    }
                });
    }

    private static void compareIndexes(Table current, Table desired, Set<String> recreated, List<Change> changes) {
        Pairs.match(byName(current.indexes(), Index::name), byName(desired.indexes(), Index::name),
                i -> changes.add(new DropIndex(i)),
                i -> {
                    changes.add(new CreateIndex(i));
                    indexComment(i, changes);
                },
                (c, d) -> {
                    if (!c.sameDefinition(d) || usesAny(c, recreated)) {
                        changes.add(new DropIndex(c));
                        changes.add(new CreateIndex(d));
                        indexComment(d, changes);
                    } else if (!Objects.equals(c.comment(), d.comment())) {
                        changes.add(new SetComment(CommentTarget.index(d.qualifiedName()), d.comment()));
                    }
                });
    }

    private static void constraintComment(Table table, Constraint constraint, List<Change> changes) {
        if (constraint.comment() != null) {
            changes.add(new SetComment(CommentTarget.constraint(table.name(), constraint.name()),
                    constraint.comment()));
        }
    }

    private static void indexComment(Index index, List<Change> changes) {
        if (index.comment() != null) {
            changes.add(new SetComment(CommentTarget.index(index.qualifiedName()), index.comment()));
        }
    }

    /** Key columns, or a column named in an index expression or predicate (those are not in {@code columns}). */
    private static boolean usesAny(Index index, Set<String> columns) {
        if (intersects(index.columns(), columns)) {
            return true;
        }
        int using = index.definition().indexOf(" USING ");
        String body = using < 0 ? index.definition() : index.definition().substring(using);
        return columns.stream().anyMatch(column -> Pattern.compile("(?<![A-Za-z0-9_$\"])\"?"
                + Pattern.quote(column) + "\"?(?![A-Za-z0-9_$])").matcher(body).find());
    }

    private static boolean intersects(Collection<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(item -> map.put(name.apply(item), item));
        return map;
    }
}
