package dev.converge.plan;

import java.util.List;
import java.util.Set;

import dev.converge.diff.AddColumn;
import dev.converge.diff.AddConstraint;
import dev.converge.diff.AddEnumValue;
import dev.converge.diff.AlterColumn;
import dev.converge.diff.AlterPolicy;
import dev.converge.diff.AlterSequence;
import dev.converge.diff.AlterTableOptions;
import dev.converge.diff.Change;
import dev.converge.diff.CreateEnum;
import dev.converge.diff.CreateIndex;
import dev.converge.diff.CreatePolicy;
import dev.converge.diff.CreateSchema;
import dev.converge.diff.CreateSequence;
import dev.converge.diff.CreateTable;
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
import dev.converge.diff.SetComment;
import dev.converge.diff.SetSequenceOwner;
import dev.converge.diff.SetTableLogged;
import dev.converge.model.QualifiedName;

/**
 * Turns one change into its statements. {@code newTables} are the tables the same plan creates: their
 * constraints and indexes touch no existing rows and so carry no hazards. Pattern-matching switch is not final in
 * Java 17, hence the instanceof chain; a test walks {@code Change.getPermittedSubclasses()} so none is forgotten.
 */
final class StatementRenderer {

    private final Set<QualifiedName> newTables;

    StatementRenderer(Set<QualifiedName> newTables) {
        this.newTables = Set.copyOf(newTables);
    }

    List<Statement> render(Change change) {
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
            return List.of(SequenceSql.alter(a));
        } else if (change instanceof SetSequenceOwner s) {
            return List.of(SequenceSql.setOwner(s));
        } else if (change instanceof CreateTable c) {
            return List.of(TableSql.create(c));
        } else if (change instanceof DropTable d) {
            return List.of(TableSql.drop(d));
        } else if (change instanceof SetTableLogged s) {
            return List.of(TableSql.setLogged(s));
        } else if (change instanceof AddColumn a) {
            return List.of(TableSql.addColumn(a));
        } else if (change instanceof DropColumn d) {
            return List.of(TableSql.dropColumn(d));
        } else if (change instanceof AlterColumn a) {
            return ColumnSql.alter(a);
        } else if (change instanceof AddConstraint a) {
            return List.of(ConstraintSql.add(a, newTables.contains(a.table())));
        } else if (change instanceof DropConstraint d) {
            return List.of(ConstraintSql.drop(d));
        } else if (change instanceof CreateIndex c) {
            return List.of(ConstraintSql.createIndex(c, newTables.contains(c.index().table())));
        } else if (change instanceof DropIndex d) {
            return List.of(ConstraintSql.dropIndex(d));
        } else if (change instanceof SetComment s) {
            return List.of(CommentSql.render(s));
        // security
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
        throw new IllegalArgumentException("no renderer for change kind " + change.getClass().getName());
    }
}
