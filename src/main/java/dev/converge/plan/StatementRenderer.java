package dev.converge.plan;

import java.util.List;
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
import dev.converge.change.AlterCompositeType;
import dev.converge.change.AlterDomain;
import dev.converge.change.AlterExtension;
import dev.converge.change.CreateCompositeType;
import dev.converge.change.CreateDomain;
import dev.converge.change.CreateExtension;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropDomain;
import dev.converge.change.DropExtension;
import dev.converge.change.RebuildEnum;
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
