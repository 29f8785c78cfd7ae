package dev.converge.plan;

import java.util.List;
import java.util.Set;

import dev.converge.diff.AddColumn;
import dev.converge.diff.AddConstraint;
import dev.converge.diff.AddEnumValue;
import dev.converge.diff.AlterColumn;
import dev.converge.diff.AlterPolicy;
import dev.converge.diff.AlterSequence;
import dev.converge.diff.AlterViewOptions;
import dev.converge.diff.CreateView;
import dev.converge.diff.DropView;
import dev.converge.diff.ReplaceView;
import dev.converge.diff.AlterTableOptions;
import dev.converge.diff.Change;
import dev.converge.diff.CreateEnum;
import dev.converge.diff.CreateFunction;
import dev.converge.diff.CreateTrigger;
import dev.converge.diff.DropFunction;
import dev.converge.diff.DropTrigger;
import dev.converge.diff.ReplaceFunction;
import dev.converge.diff.CreateIndex;
import dev.converge.diff.CreatePolicy;
import dev.converge.diff.CreateSchema;
import dev.converge.diff.CreateSequence;
import dev.converge.diff.AttachPartition;
import dev.converge.diff.CreateTable;
import dev.converge.diff.DetachPartition;
import dev.converge.diff.DropColumn;
import dev.converge.diff.DropConstraint;
import dev.converge.diff.DropEnum;
import dev.converge.diff.DropIndex;
import dev.converge.diff.DropPolicy;
import dev.converge.diff.GrantDefaultPrivileges;
import dev.converge.diff.GrantPrivileges;
import dev.converge.diff.RevokeDefaultPrivileges;
import dev.converge.diff.RevokePrivileges;
import dev.converge.diff.DropSchema;
import dev.converge.diff.DropSequence;
import dev.converge.diff.DropTable;
import dev.converge.diff.Rename;
import dev.converge.diff.SetComment;
import dev.converge.diff.SetSequenceOwner;
import dev.converge.diff.SetTableLogged;
import dev.converge.diff.AlterCompositeType;
import dev.converge.diff.AlterDomain;
import dev.converge.diff.AlterExtension;
import dev.converge.diff.CreateCompositeType;
import dev.converge.diff.CreateDomain;
import dev.converge.diff.CreateExtension;
import dev.converge.diff.DropCompositeType;
import dev.converge.diff.DropDomain;
import dev.converge.diff.DropExtension;
import dev.converge.diff.RebuildEnum;
import dev.converge.model.QualifiedName;

/**
 * Turns one change into its statements. {@code newTables} are the tables (and materialized views) the same plan
 * creates: their constraints and indexes touch no existing rows and so carry no hazards. {@code afterCommit} says
 * that the change runs after the plan's transaction (see {@link AfterCommit}), where index work is CONCURRENTLY. Pattern-matching switch is not final in
 * Java 17, hence the instanceof chain; a test walks {@code Change.getPermittedSubclasses()} so none is forgotten.
 */
final class StatementRenderer {

    private final Set<QualifiedName> newTables;
    private final Backup backup;
    private final Set<QualifiedName> droppedTables;

    StatementRenderer(Set<QualifiedName> newTables) {
        this(newTables, null, Set.of());
    }

    /**
     * @param backup null to drop for real; else dropped tables and columns are kept (see {@link BackupSql})
     * @param droppedTables the tables the plan drops: with a backup they move, and their owned sequences with them
     */
    StatementRenderer(Set<QualifiedName> newTables, Backup backup, Set<QualifiedName> droppedTables) {
        this.newTables = Set.copyOf(newTables);
        this.backup = backup;
        this.droppedTables = Set.copyOf(droppedTables);
    }

    List<Statement> render(Change change, boolean afterCommit) {
        if (change instanceof CreateIndex c) {
            return List.of(ConstraintSql.createIndex(c, newTables.contains(c.index().table()), afterCommit));
        } else if (change instanceof DropIndex d) {
            return List.of(ConstraintSql.dropIndex(d, afterCommit));
        } else if (backup != null && change instanceof DropTable d) {
            return BackupSql.dropTable(d, backup);
        } else if (backup != null && change instanceof DropColumn d) {
            return BackupSql.dropColumn(d, backup);
        } else if (backup != null && change instanceof DropSequence d && d.sequence().ownedBy() != null
                && droppedTables.contains(d.sequence().ownedBy().table())) {
            return List.of(); // moved into the backup schema with its table
        }
        return renderOther(change);
    }

    /** The change as it renders inside the plan's transaction. */
    List<Statement> render(Change change) {
        return render(change, false);
    }

    private List<Statement> renderOther(Change change) {
        if (change instanceof CreateSchema c) {
            return List.of(SchemaSql.createSchema(c));
        } else if (change instanceof DropSchema d) {
            return List.of(SchemaSql.dropSchema(d));
        } else if (change instanceof CreateEnum c) {
            return List.of(SchemaSql.createEnum(c));
        } else if (change instanceof DropEnum d) {
            return List.of(SchemaSql.dropEnum(d));
        } else if (change instanceof AddEnumValue a) {
            return List.of(SchemaSql.addEnumValue(a));
        } else if (change instanceof CreateSequence c) {
            return List.of(SequenceSql.create(c));
        } else if (change instanceof DropSequence d) {
            return List.of(SequenceSql.drop(d));
        } else if (change instanceof AlterSequence a) {
            return SequenceSql.alter(a);
        } else if (change instanceof SetSequenceOwner s) {
            return List.of(SequenceSql.setOwner(s));
        } else if (change instanceof CreateTable c) {
            return List.of(TableSql.create(c));
        } else if (change instanceof DropTable d) {
            return List.of(TableSql.drop(d));
        } else if (change instanceof SetTableLogged s) {
            return List.of(TableSql.setLogged(s));
        } else if (change instanceof AttachPartition a) {
            return List.of(TableSql.attach(a));
        } else if (change instanceof DetachPartition d) {
            return List.of(TableSql.detach(d));
        } else if (change instanceof AddColumn a) {
            return List.of(TableSql.addColumn(a));
        } else if (change instanceof DropColumn d) {
            return List.of(TableSql.dropColumn(d));
        } else if (change instanceof AlterColumn a) {
            return ColumnSql.alter(a);
        } else if (change instanceof AddConstraint a) {
            return ConstraintSql.add(a, newTables.contains(a.table()));
        } else if (change instanceof DropConstraint d) {
            return List.of(ConstraintSql.drop(d));
        } else if (change instanceof Rename r) {
            return List.of(RenameSql.render(r));
        } else if (change instanceof SetComment s) {
            return List.of(CommentSql.render(s));
        // views and materialized views
        } else if (change instanceof CreateView c) {
            return List.of(ViewSql.create(c));
        } else if (change instanceof DropView d) {
            return List.of(ViewSql.drop(d));
        } else if (change instanceof ReplaceView r) {
            return List.of(ViewSql.replace(r));
        } else if (change instanceof AlterViewOptions a) {
            return List.of(ViewSql.alterOptions(a));
        } else if (change instanceof CreateFunction c) {
            return List.of(FunctionSql.create(c));
        } else if (change instanceof ReplaceFunction r) {
            return List.of(FunctionSql.replace(r));
        } else if (change instanceof DropFunction d) {
            return List.of(FunctionSql.drop(d));
        } else if (change instanceof CreateTrigger c) {
            return FunctionSql.createTrigger(c);
        } else if (change instanceof DropTrigger d) {
            return List.of(FunctionSql.dropTrigger(d));
        } else if (change instanceof GrantPrivileges g) {
            return List.of(GrantSql.grant(g));
        } else if (change instanceof RevokePrivileges r) {
            return List.of(GrantSql.revoke(r));
        } else if (change instanceof GrantDefaultPrivileges g) {
            return List.of(GrantSql.grantDefaults(g));
        } else if (change instanceof RevokeDefaultPrivileges r) {
            return List.of(GrantSql.revokeDefaults(r));
        } else if (change instanceof CreatePolicy c) {
            return PolicySql.create(c);
        } else if (change instanceof DropPolicy d) {
            return List.of(PolicySql.drop(d));
        } else if (change instanceof AlterPolicy a) {
            return PolicySql.alter(a);
        } else if (change instanceof AlterTableOptions a) {
            return TableOptionsSql.alter(a, newTables.contains(a.desired().table()));
        }
        return renderTypes(change);
    }

    /** The types helper's kinds: domains, composite types, enum rebuilds, extensions. */
    private List<Statement> renderTypes(Change change) {
        if (change instanceof CreateDomain c) {
            return List.of(TypeSql.createDomain(c));
        } else if (change instanceof DropDomain d) {
            return List.of(TypeSql.dropDomain(d));
        } else if (change instanceof AlterDomain a) {
            return TypeSql.alterDomain(a);
        } else if (change instanceof CreateCompositeType c) {
            return List.of(TypeSql.createComposite(c));
        } else if (change instanceof DropCompositeType d) {
            return List.of(TypeSql.dropComposite(d));
        } else if (change instanceof AlterCompositeType a) {
            return TypeSql.alterComposite(a);
        } else if (change instanceof RebuildEnum r) {
            return EnumRebuildSql.render(r);
        } else if (change instanceof CreateExtension c) {
            return ExtensionSql.create(c);
        } else if (change instanceof DropExtension d) {
            return List.of(ExtensionSql.drop(d));
        } else if (change instanceof AlterExtension a) {
            return ExtensionSql.alter(a);
        }
        throw new IllegalArgumentException("no renderer for change kind " + change.getClass().getName());
    }
}
