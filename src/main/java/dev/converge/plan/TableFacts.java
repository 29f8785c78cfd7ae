package dev.converge.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.AddColumn;
import dev.converge.change.AlterColumn;
import dev.converge.change.AlterInheritance;
import dev.converge.change.ColumnAspect;
import dev.converge.change.AttachPartition;
import dev.converge.change.DetachPartition;
import dev.converge.change.DropColumn;
import dev.converge.change.NameAttachedIndex;
import dev.converge.change.ParentCopies;
import dev.converge.change.RestoreRows;
import dev.converge.change.SaveRows;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;
import dev.converge.model.TableInheritance;

/**
 * The ordering facts of tables, columns and partitions (see {@link ChangeFacts}). A table provides its name as a
 * relation and as a type (its row type, which functions, domains and composite types may use), its columns and
 * its constraints; a column needs the types, sequences and functions its type, default and generation expression
 * name.
 */
final class TableFacts {

    private TableFacts() {
    }

    static void create(Table table, Mentions mentions, ChangeFacts f) {
        QualifiedName name = table.name();
        f.requires().add(ObjectKey.schema(name.schema()));
        f.provides().addAll(tableKeys(table));
        if (table.isPartition()) {
            f.requires().add(ObjectKey.table(table.partitionOf().parent()));
            f.provides().add(ObjectKey.partitionSlot(name));
            // its NOT NULLs and defaults name the parent's columns (TableSql), which may be added by the plan
            table.columns().forEach(c -> f.requires().add(ObjectKey.column(table.partitionOf().parent(), c.name())));
        }
        for (Column column : table.columns()) {
            f.requires().addAll(columnMentions(column, mentions));
        }
        for (Constraint constraint : table.constraints()) {
            f.requires().addAll(mentions.types(constraint.definition()));
        }
    }

    static void drop(Table table, Mentions mentions, ChangeFacts f) {
        f.removes().addAll(tableKeys(table));
        if (table.isPartition()) {
            f.releases().add(ObjectKey.table(table.partitionOf().parent()));
            f.removes().add(ObjectKey.partitionSlot(table.name()));
        }
        for (Index index : table.indexes()) {
            f.removes().add(ObjectKey.relation(index.qualifiedName()));
            if (index.unique() && index.predicate() == null) {
                f.removes().add(ObjectKey.uniqueKey(table.name(), index.columns()));
            }
        }
        f.releases().add(ObjectKey.schema(table.name().schema()));
        for (Column column : table.columns()) {
            f.releases().addAll(columnMentions(column, mentions));
        }
        for (Constraint constraint : table.constraints()) {
            f.releases().addAll(mentions.types(constraint.definition()));
        }
    }

    /** The table, its row type, its columns and its constraints (with the indexes that back them). */
    private static Set<ObjectKey> tableKeys(Table table) {
        QualifiedName name = table.name();
        Set<ObjectKey> keys = new HashSet<>();
        keys.add(ObjectKey.table(name));
        keys.add(ObjectKey.relation(name));
        keys.add(ObjectKey.type(name));
        table.columns().forEach(c -> keys.add(ObjectKey.column(name, c.name())));
        for (Constraint constraint : table.constraints()) {
            keys.addAll(ConstraintFacts.constraintKeys(name, constraint));
        }
        return keys;
    }

    /** Before the drops of the table and its partitions (it reads them); the holding table is its own name. */
    static void saveRows(SaveRows s, ChangeFacts f) {
        s.tables().forEach(t -> f.releases().add(ObjectKey.table(t)));
        s.columns().forEach(c -> f.releases().add(ObjectKey.column(s.table(), c)));
        f.provides().add(ObjectKey.relation(RowsSql.holding(s.table())));
    }

    /** After the new table, its partitions at every level and its kept columns exist. */
    static void restoreRows(RestoreRows r, ChangeFacts f) {
        r.tables().forEach(t -> f.requires().add(ObjectKey.table(t.name())));
        r.columns().forEach(c -> f.requires().add(ObjectKey.column(r.table(), c)));
        f.requires().add(ObjectKey.relation(RowsSql.holding(r.table())));
    }

    /**
     * After the partition and its parent's index exist (whichever came last made the partition's copy), and after
     * the type changes that rebuild the parent's index (which make a new copy).
     */
    static void nameAttachedIndex(NameAttachedIndex n, ChangeFacts f) {
        f.requires().add(ObjectKey.table(n.partition()));
        f.requires().add(ObjectKey.relation(n.parentIndex()));
        n.retyped().forEach(c -> f.requires().add(ObjectKey.column(c.table(), c.column())));
        n.ancestorIndexes().forEach(i -> f.requires().add(ObjectKey.relation(i)));
        f.provides().add(ObjectKey.relation(QualifiedName.of(n.partition().schema(), n.name())));
    }

    /** A child table is created after its parents and their columns it inherits. */
    static void inherits(TableInheritance inheritance, ChangeFacts f) {
        if (inheritance == null) {
            return;
        }
        for (QualifiedName parent : inheritance.parents()) {
            f.requires().add(ObjectKey.table(parent));
            inheritance.inheritedColumns().forEach(c -> f.requires().add(ObjectKey.column(parent, c)));
        }
    }

    /**
     * INHERIT needs the parent and the child with each of the parent's columns, as the plan alters them (PostgreSQL
     * compares type, collation and NOT NULL, and an ALTER COLUMN of the parent after it would reach the child); NO
     * INHERIT stops using the parent (which may be dropped after it) and must come before the child's formerly
     * inherited columns are dropped, and before whatever the parent passes on reaches the child (see
     * {@link #leaves}).
     */
    static void alterInheritance(AlterInheritance a, ChangeFacts f) {
        Set<ObjectKey> uses = f.requires();
        if (!a.inherit()) {
            uses = f.releases();
            leaves(a.table(), a.copies(), a.checks(), f);
        }
        uses.add(ObjectKey.table(a.parent()));
        uses.add(ObjectKey.table(a.table()));
        for (String column : a.columns()) {
            uses.add(ObjectKey.column(a.table(), column));
            if (a.inherit()) {
                uses.add(ObjectKey.column(a.parent(), column));
                uses.add(ObjectKey.columnShape(a.parent(), column));
                uses.add(ObjectKey.columnShape(a.table(), column));
            }
        }
    }

    /**
     * A table leaving a parent: until it has left, PostgreSQL passes the drops and alters of the parent's (and its
     * ancestors') columns and checks on to the table's copies, and refuses the table's own drops of them. So it
     * releases those columns and checks on every owner and on the table (their drops wait for it), and "removes"
     * their shapes, which alters of them provide (they follow it). The check copies it drops after leaving are
     * removed: a check added again under that name comes after.
     */
    private static void leaves(QualifiedName table, ParentCopies copies, List<Constraint> dropped, ChangeFacts f) {
        List<QualifiedName> tables = new ArrayList<>(copies.owners());
        tables.add(table);
        for (QualifiedName owner : tables) {
            for (String column : copies.columns()) {
                f.releases().add(ObjectKey.column(owner, column));
                f.removes().add(ObjectKey.columnShape(owner, column));
            }
            copies.checks().forEach(check -> f.releases().add(ObjectKey.constraint(owner, check)));
        }
        dropped.forEach(check -> f.removes().add(ObjectKey.constraint(table, check.name())));
    }

    /**
     * Like INHERIT, ATTACH compares the columns' shapes: after the plan's alters of them on either side. It waits
     * for the drops of the table's own indexes and keys it would take in place of copies of the parent's.
     */
    static void attach(AttachPartition a, ChangeFacts f) {
        f.requires().add(ObjectKey.table(a.parent()));
        f.requires().add(ObjectKey.table(a.partition()));
        f.provides().add(ObjectKey.partitionSlot(a.partition()));
        a.displaced().forEach(d -> f.awaits().add(ObjectKey.relation(d)));
        for (String column : a.columns()) {
            f.requires().add(ObjectKey.columnShape(a.parent(), column));
            f.requires().add(ObjectKey.columnShape(a.partition(), column));
        }
    }

    static void detach(DetachPartition d, ChangeFacts f) {
        f.releases().add(ObjectKey.table(d.parent()));
        f.removes().add(ObjectKey.partitionSlot(d.partition()));
        leaves(d.partition(), d.copies(), d.checks(), f);
    }

    static void addColumn(AddColumn a, Mentions mentions, ChangeFacts f) {
        f.requires().add(ObjectKey.table(a.table()));
        f.requires().addAll(columnMentions(a.column(), mentions));
        f.provides().add(ObjectKey.column(a.table(), a.column().name()));
    }

    static void dropColumn(DropColumn d, Mentions mentions, ChangeFacts f) {
        f.removes().add(ObjectKey.column(d.table(), d.column().name()));
        f.removes().add(ObjectKey.columnDefault(d.table(), d.column().name()));
        f.releases().addAll(columnMentions(d.column(), mentions));
    }

    /**
     * A type or collation change rewrites the column: it "removes and provides" it, so foreign keys on it are
     * dropped before and added after. Whatever the current type and default name is released; the desired ones
     * are required.
     */
    static void alterColumn(AlterColumn a, Mentions mentions, ChangeFacts f) {
        ObjectKey column = ObjectKey.column(a.table(), a.current().name());
        f.requires().add(ObjectKey.table(a.table()));
        if (a.changesType()) {
            f.removes().add(column);
            f.provides().add(column);
        } else if (dropsDefaultOnly(a)) {
            // a default dropped out of the way of what it uses (DisturbedTableParts) stops using the column as it
            // is: it comes before a change of the column's type that sets the default again, not after it
            f.releases().add(column);
        } else {
            f.requires().add(column);
        }
        if (a.changesType() || a.has(ColumnAspect.DEFAULT) || a.has(ColumnAspect.NOT_NULL)) {
            f.provides().add(ObjectKey.columnShape(a.table(), a.current().name()));
        }
        if (a.has(ColumnAspect.DEFAULT) && a.current().defaultExpression() != null) {
            f.removes().add(ObjectKey.columnDefault(a.table(), a.current().name()));
        }
        f.replaces(columnMentions(a.current(), mentions), columnMentions(a.desired(), mentions));
        if (a.has(ColumnAspect.IDENTITY) && a.current().identity().isPresent() && !a.desired().identity().isPresent()) {
            identitySequence(a.table(), a.current().name()).ifPresent(f.removes()::add);
        }
    }

    private static boolean dropsDefaultOnly(AlterColumn a) {
        return a.aspects().equals(java.util.EnumSet.of(ColumnAspect.DEFAULT)) && a.desired().defaultExpression() == null
                && a.current().defaultExpression() != null;
    }

    /**
     * The name PostgreSQL gives an identity's sequence when it is free ({@code table_column_seq}, when that fits in
     * 63 bytes): dropping the identity removes it, so a sequence created under that name comes after.
     */
    private static java.util.Optional<ObjectKey> identitySequence(QualifiedName table, String column) {
        String name = table.name() + "_" + column + "_seq";
        return name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63 ? java.util.Optional.empty()
                : java.util.Optional.of(ObjectKey.relation(QualifiedName.of(table.schema(), name)));
    }

    static Set<ObjectKey> columnMentions(Column column, Mentions mentions) {
        Set<ObjectKey> keys = mentions.typeReferences(column.type());
        keys.addAll(mentions.all(column.defaultExpression()));
        keys.addAll(mentions.types(column.generatedExpression()));
        keys.addAll(mentions.types(column.collation()));
        return keys;
    }
}
