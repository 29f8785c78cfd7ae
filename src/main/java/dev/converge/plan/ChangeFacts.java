package dev.converge.plan;

import java.util.HashSet;
import java.util.Set;

import dev.converge.change.AddColumn;
import dev.converge.change.AddConstraint;
import dev.converge.change.AddEnumValue;
import dev.converge.change.AlterColumn;
import dev.converge.change.AlterPolicy;
import dev.converge.change.AlterSequence;
import dev.converge.change.AlterViewOptions;
import dev.converge.change.CreateView;
import dev.converge.change.DropView;
import dev.converge.change.ReplaceView;
import dev.converge.change.AlterTableOptions;
import dev.converge.change.Change;
import dev.converge.change.CommentTarget;
import dev.converge.change.CreateEnum;
import dev.converge.change.CreateFunction;
import dev.converge.change.CreateTrigger;
import dev.converge.change.DropFunction;
import dev.converge.change.DropTrigger;
import dev.converge.change.ReplaceFunction;
import dev.converge.change.CreateIndex;
import dev.converge.change.CreatePolicy;
import dev.converge.change.CreateSchema;
import dev.converge.change.CreateSequence;
import dev.converge.change.AttachPartition;
import dev.converge.change.CreateTable;
import dev.converge.change.DetachPartition;
import dev.converge.change.DropColumn;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropEnum;
import dev.converge.change.DropIndex;
import dev.converge.change.DropPolicy;
import dev.converge.change.GrantDefaultPrivileges;
import dev.converge.change.GrantPrivileges;
import dev.converge.change.RevokeDefaultPrivileges;
import dev.converge.change.RevokePrivileges;
import dev.converge.change.DropSchema;
import dev.converge.change.DropSequence;
import dev.converge.change.DropTable;
import dev.converge.change.Rename;
import dev.converge.change.SetComment;
import dev.converge.change.SetSequenceOwner;
import dev.converge.change.SetTableLogged;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.Index;
import dev.converge.model.QualifiedName;
import dev.converge.model.Table;

/**
 * What one change does to the objects around it, declared as data. From these the planner derives its edges:
 * a change runs after every change that {@code provides} a key it {@code requires}; a change that {@code removes}
 * a key runs after every change that {@code releases} it (stops using it) and before any change that provides it
 * again.
 */
record ChangeFacts(Set<ObjectKey> provides, Set<ObjectKey> requires, Set<ObjectKey> removes,
                   Set<ObjectKey> releases) {

    static ChangeFacts of(Change change, Mentions mentions) {
        ChangeFacts f = new ChangeFacts(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>());
        if (change instanceof CreateSchema c) {
            f.provides.add(ObjectKey.schema(c.schema().name()));
        } else if (change instanceof DropSchema d) {
            f.removes.add(ObjectKey.schema(d.schema().name()));
        } else if (change instanceof CreateEnum c) {
            f.requires.add(ObjectKey.schema(c.enumType().name().schema()));
            f.provides.add(ObjectKey.type(c.enumType().name()));
        } else if (change instanceof DropEnum d) {
            f.removes.add(ObjectKey.type(d.enumType().name()));
            f.releases.add(ObjectKey.schema(d.enumType().name().schema()));
        } else if (change instanceof AddEnumValue a) {
            f.requires.add(ObjectKey.type(a.enumName()));
            if (a.neighbour() != null) {
                f.requires.add(ObjectKey.enumLabel(a.enumName(), a.neighbour()));
            }
            f.provides.add(ObjectKey.enumLabel(a.enumName(), a.label()));
        } else if (change instanceof CreateSequence c) {
            f.requires.add(ObjectKey.schema(c.sequence().name().schema()));
            f.provides.add(ObjectKey.relation(c.sequence().name()));
        } else if (change instanceof DropSequence d) {
            f.removes.add(ObjectKey.relation(d.sequence().name()));
            f.releases.add(ObjectKey.schema(d.sequence().name().schema()));
        } else if (change instanceof AlterSequence a) {
            f.requires.add(ObjectKey.relation(a.desired().name()));
        } else if (change instanceof SetSequenceOwner s) {
            ownerFacts(s, f);
        } else if (change instanceof CreateTable c) {
            createTableFacts(c.table(), mentions, f);
        } else if (change instanceof DropTable d) {
            dropTableFacts(d.table(), mentions, f);
        } else if (change instanceof SetTableLogged s) {
            f.requires.add(ObjectKey.table(s.table()));
        } else if (change instanceof AttachPartition a) {
            f.requires.add(ObjectKey.table(a.parent()));
            f.requires.add(ObjectKey.table(a.partition()));
            f.provides.add(ObjectKey.partitionSlot(a.partition()));
        } else if (change instanceof DetachPartition d) {
            f.releases.add(ObjectKey.table(d.parent()));
            f.removes.add(ObjectKey.partitionSlot(d.partition()));
        } else if (change instanceof AddColumn a) {
            f.requires.add(ObjectKey.table(a.table()));
            f.requires.addAll(columnMentions(a.column(), mentions));
            f.provides.add(ObjectKey.column(a.table(), a.column().name()));
        } else if (change instanceof DropColumn d) {
            f.removes.add(ObjectKey.column(d.table(), d.column().name()));
            f.releases.addAll(columnMentions(d.column(), mentions));
        } else if (change instanceof AlterColumn a) {
            alterColumnFacts(a, mentions, f);
        } else if (change instanceof AddConstraint a) {
            addConstraintFacts(a.table(), a.constraint(), mentions, f);
        } else if (change instanceof DropConstraint d) {
            dropConstraintFacts(d.table(), d.constraint(), mentions, f);
        } else if (change instanceof CreateIndex c) {
            indexFacts(c.index(), f.provides, f.requires);
        } else if (change instanceof DropIndex d) {
            indexFacts(d.index(), f.removes, f.releases);
        } else if (change instanceof SetComment s) {
            f.requires.add(commentedObject(s.target()));
        } else if (change instanceof Rename r) {
            renameFacts(r, f);
        // views and materialized views
        } else if (change instanceof CreateView || change instanceof DropView || change instanceof ReplaceView
                || change instanceof AlterViewOptions) {
            ViewFacts.of(change, f.provides, f.requires, f.removes, f.releases);
        // functions and triggers
        } else if (change instanceof CreateFunction c) {
            FunctionFacts.create(c, mentions, f.provides, f.requires);
        } else if (change instanceof ReplaceFunction r) {
            FunctionFacts.replace(r, mentions, f.requires, f.releases);
        } else if (change instanceof DropFunction d) {
            FunctionFacts.drop(d, mentions, f.removes, f.releases);
        } else if (change instanceof CreateTrigger c) {
            FunctionFacts.createTrigger(c, f.provides, f.requires);
        } else if (change instanceof DropTrigger d) {
            FunctionFacts.dropTrigger(d, f.removes, f.releases);
        // security
        } else if (change instanceof GrantPrivileges g) {
            f.requires.addAll(SecurityFacts.grantedObject(g.object()));
        } else if (change instanceof RevokePrivileges r) {
            f.releases.addAll(SecurityFacts.grantedObject(r.object()));
        } else if (change instanceof GrantDefaultPrivileges g) {
            SecurityFacts.defaultsScope(g.scope(), f.requires);
        } else if (change instanceof RevokeDefaultPrivileges r) {
            SecurityFacts.defaultsScope(r.scope(), f.releases);
        } else if (change instanceof CreatePolicy c) {
            SecurityFacts.policy(c.policy(), mentions, f.provides, f.requires);
        } else if (change instanceof DropPolicy d) {
            SecurityFacts.policy(d.policy(), mentions, f.removes, f.releases);
        } else if (change instanceof AlterPolicy a) {
            SecurityFacts.policy(a.desired(), mentions, f.requires, f.requires);
        } else if (change instanceof AlterTableOptions a) {
            SecurityFacts.tableOptions(a, f.requires);
        } else if (!TypeFacts.add(change, mentions, f)) { // types helper: domains, composites, rebuilds, extensions
            throw new IllegalArgumentException("no ordering facts for change kind " + change.getClass().getName());
        }
        return f;
    }

    /** A rename provides the new name, so every change that names the object by it runs after the rename. */
    private static void renameFacts(Rename r, ChangeFacts f) {
        QualifiedName renamed = QualifiedName.of(r.object().schema(), r.to());
        switch (r.target()) {
            case TABLE -> {
                f.provides.add(ObjectKey.table(renamed));
                f.provides.add(ObjectKey.relation(renamed));
            }
            // A column rename provides no column key: a type change of the same column removes and re-provides
            // that key, and a remover runs before every provider, which would put the change before the rename.
            // The RENAMES phase runs it first anyway.
            case COLUMN -> f.requires.add(ObjectKey.table(r.object()));
            case CONSTRAINT -> {
                f.requires.add(ObjectKey.table(r.object()));
                f.provides.add(ObjectKey.constraint(r.object(), r.to()));
            }
            case INDEX -> f.provides.add(ObjectKey.relation(renamed));
            case TYPE -> f.provides.add(ObjectKey.type(renamed));
            case ENUM_VALUE -> {
                f.requires.add(ObjectKey.type(r.object()));
                f.provides.add(ObjectKey.enumLabel(r.object(), r.to()));
            }
            default -> throw new IllegalArgumentException("no ordering facts for rename of " + r.target());
        }
    }

    private static void ownerFacts(SetSequenceOwner s, ChangeFacts f) {
        f.requires.add(ObjectKey.relation(s.sequence()));
        if (s.currentOwner() != null) {
            // Releasing the current owner must precede that column's drop, or the sequence goes with it.
            f.releases.add(ObjectKey.column(s.currentOwner()));
            f.removes.add(ObjectKey.sequenceOwner(s.sequence()));
        }
        if (s.desiredOwner() != null) {
            f.requires.add(ObjectKey.table(s.desiredOwner().table()));
            f.requires.add(ObjectKey.column(s.desiredOwner()));
            f.provides.add(ObjectKey.sequenceOwner(s.sequence()));
        }
    }

    private static void createTableFacts(Table table, Mentions mentions, ChangeFacts f) {
        QualifiedName name = table.name();
        f.requires.add(ObjectKey.schema(name.schema()));
        f.provides.addAll(tableKeys(table));
        if (table.isPartition()) {
            f.requires.add(ObjectKey.table(table.partitionOf().parent()));
            f.provides.add(ObjectKey.partitionSlot(name));
        }
        for (Column column : table.columns()) {
            f.requires.addAll(columnMentions(column, mentions));
        }
        for (Constraint constraint : table.constraints()) {
            f.requires.addAll(mentions.types(constraint.definition()));
        }
    }

    private static void dropTableFacts(Table table, Mentions mentions, ChangeFacts f) {
        f.removes.addAll(tableKeys(table));
        if (table.isPartition()) {
            f.releases.add(ObjectKey.table(table.partitionOf().parent()));
            f.removes.add(ObjectKey.partitionSlot(table.name()));
        }
        for (Index index : table.indexes()) {
            f.removes.add(ObjectKey.relation(index.qualifiedName()));
            if (index.unique() && index.predicate() == null) {
                f.removes.add(ObjectKey.uniqueKey(table.name(), index.columns()));
            }
        }
        f.releases.add(ObjectKey.schema(table.name().schema()));
        for (Column column : table.columns()) {
            f.releases.addAll(columnMentions(column, mentions));
        }
        for (Constraint constraint : table.constraints()) {
            f.releases.addAll(mentions.types(constraint.definition()));
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
            keys.addAll(constraintKeys(name, constraint));
        }
        return keys;
    }

    private static Set<ObjectKey> constraintKeys(QualifiedName table, Constraint constraint) {
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

    /**
     * A type or collation change rewrites the column: it "removes and provides" it, so foreign keys on it are
     * dropped before and added after. Whatever the current type and default name is released; the desired ones
     * are required.
     */
    private static void alterColumnFacts(AlterColumn a, Mentions mentions, ChangeFacts f) {
        ObjectKey column = ObjectKey.column(a.table(), a.current().name());
        f.requires.add(ObjectKey.table(a.table()));
        if (a.changesType()) {
            f.removes.add(column);
            f.provides.add(column);
        } else {
            f.requires.add(column);
        }
        Set<ObjectKey> before = columnMentions(a.current(), mentions);
        Set<ObjectKey> after = columnMentions(a.desired(), mentions);
        before.removeAll(after);
        f.releases.addAll(before);
        f.requires.addAll(after);
    }

    private static void addConstraintFacts(QualifiedName table, Constraint constraint, Mentions mentions,
                                           ChangeFacts f) {
        f.requires.add(ObjectKey.table(table));
        constraint.columns().forEach(c -> f.requires.add(ObjectKey.column(table, c)));
        f.requires.addAll(mentions.types(constraint.definition()));
        if (constraint.foreignKey() != null) {
            f.requires.addAll(referencedKeys(constraint));
        }
        f.provides.addAll(constraintKeys(table, constraint));
    }

    private static void dropConstraintFacts(QualifiedName table, Constraint constraint, Mentions mentions,
                                            ChangeFacts f) {
        f.removes.addAll(constraintKeys(table, constraint));
        constraint.columns().forEach(c -> f.releases.add(ObjectKey.column(table, c)));
        f.releases.addAll(mentions.types(constraint.definition()));
        if (constraint.foreignKey() != null) {
            f.releases.addAll(referencedKeys(constraint));
        }
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

    /** For a create: {@code own} = provides, {@code uses} = requires; for a drop: removes and releases. */
    private static void indexFacts(Index index, Set<ObjectKey> own, Set<ObjectKey> uses) {
        own.add(ObjectKey.relation(index.qualifiedName()));
        if (index.unique() && index.predicate() == null && !index.columns().isEmpty()) {
            own.add(ObjectKey.uniqueKey(index.table(), index.columns()));
        }
        uses.add(ObjectKey.table(index.table()));
        index.columns().forEach(c -> uses.add(ObjectKey.column(index.table(), c)));
    }

    private static Set<ObjectKey> columnMentions(Column column, Mentions mentions) {
        Set<ObjectKey> keys = mentions.types(column.type());
        keys.addAll(mentions.all(column.defaultExpression()));
        keys.addAll(mentions.types(column.generatedExpression()));
        return keys;
    }

    private static ObjectKey commentedObject(CommentTarget target) {
        return switch (target.kind()) {
            case SCHEMA -> ObjectKey.schema(target.schema());
            case TABLE -> ObjectKey.table(target.object());
            case COLUMN -> ObjectKey.column(target.object(), target.member());
            case CONSTRAINT -> ObjectKey.constraint(target.object(), target.member());
            case INDEX, SEQUENCE -> ObjectKey.relation(target.object());
            case TYPE -> ObjectKey.type(target.object());
            // views and materialized views
            case VIEW, MATERIALIZED_VIEW -> ObjectKey.relation(target.object());
            // functions and triggers
            case FUNCTION, PROCEDURE -> ObjectKey.function(target.object(), target.member());
            case TRIGGER -> ObjectKey.trigger(target.object(), target.member());
        };
    }
}
