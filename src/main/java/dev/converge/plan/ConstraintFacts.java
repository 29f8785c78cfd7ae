package dev.converge.plan;

import java.util.HashSet;
import java.util.Set;

import dev.converge.change.AddConstraint;
import dev.converge.change.CreateIndex;
import dev.converge.change.ValidateCheckCopy;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Index;
import dev.converge.model.IndexColumns;
import dev.converge.model.QualifiedName;

/**
 * The ordering facts of constraints and indexes (see {@link ChangeFacts}). A key or exclusion constraint provides
 * the name of its index (a relation); a primary key, unique constraint or unique index provides a unique key over
 * its columns, which a foreign key to those columns requires.
 */
final class ConstraintFacts {

    private ConstraintFacts() {
    }

    static void add(QualifiedName table, Constraint constraint, Mentions mentions, ChangeFacts f) {
        f.requires().add(ObjectKey.table(table));
        constraint.columns().forEach(c -> f.requires().add(ObjectKey.column(table, c)));
        f.requires().addAll(mentions.types(constraint.definition()));
        if (constraint.foreignKey() != null) {
            f.requires().addAll(referencedKeys(constraint));
        }
        f.provides().addAll(constraintKeys(table, constraint));
    }

    /**
     * Like {@link #createIndex}: a partition's own key waits for the equal keys of its ancestors and for the
     * attaches of the partition and its ancestors; a parent's key waits for the drops of the partitions' equal keys
     * it would take in place of copies.
     */
    static void addConstraint(AddConstraint a, Mentions mentions, ChangeFacts f) {
        add(a.table(), a.constraint(), mentions, f);
        a.partitionKeys().parentKeys().forEach(p -> f.requires().add(ObjectKey.relation(p)));
        a.partitionKeys().partitions().forEach(p -> f.requires().add(ObjectKey.partitionSlot(p)));
        a.partitionKeys().displaced().forEach(d -> f.awaits().add(ObjectKey.relation(d)));
    }

    /**
     * After the partition and its ancestors up to the owner of the check are in place (created or attached) and
     * the owner has the check: whichever came last made the copy.
     */
    static void validateCopy(ValidateCheckCopy v, ChangeFacts f) {
        f.requires().add(ObjectKey.table(v.partition()));
        f.requires().add(ObjectKey.partitionSlot(v.partition()));
        for (QualifiedName ancestor : v.ancestors()) {
            f.requires().add(ObjectKey.table(ancestor));
            f.requires().add(ObjectKey.partitionSlot(ancestor));
            f.requires().add(ObjectKey.constraint(ancestor, v.constraint()));
        }
    }

    static void drop(QualifiedName table, Constraint constraint, Mentions mentions, ChangeFacts f) {
        f.removes().addAll(constraintKeys(table, constraint));
        constraint.columns().forEach(c -> f.releases().add(ObjectKey.column(table, c)));
        f.releases().addAll(mentions.types(constraint.definition()));
        if (constraint.foreignKey() != null) {
            f.releases().addAll(referencedKeys(constraint));
        }
    }

    static Set<ObjectKey> constraintKeys(QualifiedName table, Constraint constraint) {
        Set<ObjectKey> keys = new HashSet<>();
        keys.add(ObjectKey.constraint(table, constraint.name()));
        ConstraintKind kind = constraint.kind();
        if (kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE || kind == ConstraintKind.EXCLUSION) {
            keys.add(ObjectKey.relation(QualifiedName.of(table.schema(), constraint.name())));
        }
        if (kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE) {
            keys.add(ObjectKey.uniqueKey(table, constraint.columns()));
        }
        return keys;
    }

    /** A foreign key needs its referenced table, columns and the unique key over exactly those columns. */
    private static Set<ObjectKey> referencedKeys(Constraint fk) {
        QualifiedName referenced = fk.foreignKey().referencedTable();
        Set<ObjectKey> keys = new HashSet<>();
        keys.add(ObjectKey.table(referenced));
        fk.foreignKey().referencedColumns().forEach(c -> keys.add(ObjectKey.column(referenced, c)));
        keys.add(ObjectKey.uniqueKey(referenced, fk.foreignKey().referencedColumns()));
        return keys;
    }

    /**
     * For a create: {@code own} = provides, {@code uses} = requires; for a drop: removes and releases. An index
     * also uses the types and functions its definition names (an enum compared in its predicate, a function in an
     * expression), so it is dropped before a type is rebuilt and built after. It uses the columns its expressions,
     * INCLUDE list and predicate name as well as its key columns: a retype or drop of such a column needs the
     * index gone first, so a drop that would run CONCURRENTLY after the transaction is kept inside it, before that
     * change ({@link AfterCommit}).
     */
    static void index(Index index, Mentions mentions, Set<ObjectKey> own, Set<ObjectKey> uses) {
        own.add(ObjectKey.relation(index.qualifiedName()));
        if (index.unique() && index.predicate() == null && !index.columns().isEmpty()) {
            own.add(ObjectKey.uniqueKey(index.table(), index.columns()));
        }
        uses.add(ObjectKey.table(index.table()));
        index.columns().forEach(c -> uses.add(ObjectKey.column(index.table(), c)));
        IndexColumns.named(index).forEach(c -> uses.add(ObjectKey.column(index.table(), c)));
        uses.addAll(mentions.types(index.definition()));
    }

    /**
     * A partition's own index waits for the equal indexes of its ancestors and for the attaches of the partition
     * and its ancestors: created before them, it would be attached in place of the copy they make. A parent's
     * index waits for the drops of the equal own indexes of its partitions, which it would take in place of copies.
     */
    static void createIndex(CreateIndex c, Mentions mentions, ChangeFacts f) {
        index(c.index(), mentions, f.provides(), f.requires());
        c.parentIndexes().forEach(p -> f.requires().add(ObjectKey.relation(p)));
        c.partitions().forEach(p -> f.requires().add(ObjectKey.partitionSlot(p)));
        c.displaced().forEach(d -> f.awaits().add(ObjectKey.relation(d)));
    }
}
