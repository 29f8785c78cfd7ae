package dev.converge.plan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.converge.change.AddColumn;
import dev.converge.change.AlterInheritance;
import dev.converge.change.AttachPartition;
import dev.converge.change.CreateTable;
import dev.converge.change.DetachPartition;
import dev.converge.change.DropColumn;
import dev.converge.change.DropTable;
import dev.converge.change.NameAttachedIndex;
import dev.converge.change.SetTableLogged;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.Identity;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.model.Table;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** Tables and the column definitions shared by CREATE TABLE and ADD COLUMN. */
final class TableSql {

    private TableSql() {
    }

    /**
     * Columns, then the non-FK constraints inline; one element per line. A partition takes its columns from its
     * parent, so only its own constraints are listed, and its bound follows.
     */
    static Statement create(CreateTable c) {
        Table table = c.table();
        List<String> elements = new ArrayList<>();
        if (!table.isPartition()) {
            table.columns().stream()
                    .filter(column -> c.inheritance() == null || !c.inheritance().inherits(column.name()))
                    .forEach(column -> elements.add(columnDefinition(column)));
        } else {
            table.columns().stream().map(TableSql::partitionColumnOptions).filter(o -> o != null)
                    .forEach(elements::add);
        }
        table.constraints().forEach(constraint -> elements.add(ConstraintSql.inline(constraint)));
        String body = elements.isEmpty() ? "()" : "(\n    " + String.join(",\n    ", elements) + "\n)";
        StringBuilder sql = new StringBuilder("CREATE ").append(table.unlogged() ? "UNLOGGED " : "")
                .append("TABLE ").append(SqlText.qualified(table.name()));
        if (table.isPartition()) {
            sql.append(" PARTITION OF ").append(SqlText.qualified(table.partitionOf().parent()));
            if (!elements.isEmpty()) {
                sql.append(' ').append(body);
            }
            sql.append(' ').append(table.partitionOf().bound());
        } else {
            sql.append(' ').append(body);
        }
        if (c.inheritance() != null) {
            sql.append(" INHERITS (").append(String.join(", ",
                    c.inheritance().parents().stream().map(SqlText::qualified).toList())).append(')');
        }
        if (table.isPartitioned()) {
            sql.append(" PARTITION BY ").append(table.partitionKey());
        }
        return Statements.of(Action.CREATE, Subject.of(Kind.TABLE, table.name()), "create table " + table.name(),
                sql.toString());
    }

    /**
     * After a new partition's CREATE, the defaults it copied from its parent but has not of its own are dropped
     * ({@link Column#PARENT_DEFAULT_DROPPED}); ONLY, as a partition that is itself partitioned has no partitions yet.
     */
    static List<Statement> dropCopiedDefaults(CreateTable c) {
        List<Statement> statements = new ArrayList<>();
        for (Column column : c.table().columns()) {
            if (c.table().isPartition() && ownDefaultDropped(column)) {
                statements.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, c.table().name()),
                        "alter column " + c.table().name() + "." + column.name() + ": drop the default copied from "
                                + c.table().partitionOf().parent(),
                        "ALTER TABLE ONLY " + SqlText.qualified(c.table().name()) + " ALTER COLUMN "
                                + SqlText.identifier(column.name()) + " DROP DEFAULT"));
            }
        }
        return statements;
    }

    private static boolean ownDefaultDropped(Column column) {
        return Column.PARENT_DEFAULT_DROPPED.equals(column.defaultExpression());
    }

    /**
     * {@code c [DEFAULT d] [NOT NULL]}: a partition's own NOT NULL and default (harmless where the parent has the
     * same); null when it has neither. Identity and generated columns take theirs from the parent.
     */
    private static String partitionColumnOptions(Column column) {
        if (column.isGenerated() || column.identity().isPresent() || ownDefaultDropped(column)
                || column.defaultExpression() == null && !column.notNull()) {
            return column.notNull() ? SqlText.identifier(column.name()) + " NOT NULL" : null;
        }
        return SqlText.identifier(column.name())
                + (column.defaultExpression() != null ? " DEFAULT " + column.defaultExpression() : "")
                + (column.notNull() ? " NOT NULL" : "");
    }

    /**
     * Renames the partition's index attached to the parent index, whatever PostgreSQL named it when it made it;
     * nothing when it already has the name. A DO block, because that name is only known when the plan runs. When
     * another index of the partition holds the name (two parent indexes on the same columns, made in the other
     * order, whose copies got each other's names), the two names are swapped.
     */
    static Statement nameAttachedIndex(NameAttachedIndex n) {
        String sql = AttachedIndexSql.rename(SqlText.qualified(n.partition()), SqlText.qualified(n.parentIndex()),
                n.name());
        QualifiedName index = QualifiedName.of(n.partition().schema(), n.name());
        return Statements.of(Action.ALTER, Subject.of(Kind.INDEX, index), "name the index of partition "
                + n.partition() + " attached to " + n.parentIndex() + " " + n.name(), sql);
    }

    /** PostgreSQL scans the table to check its rows against the bound, under a lock on the parent. */
    static Statement attach(AttachPartition a) {
        return Statements.of(Action.ALTER, Subject.of(Kind.TABLE, a.partition()),
                "attach partition " + a.partition() + " to " + a.parent(),
                "ALTER TABLE " + SqlText.qualified(a.parent()) + " ATTACH PARTITION " + SqlText.qualified(a.partition())
                        + " " + a.bound(), Set.of(Hazard.VALIDATES_ROWS));
    }

    /** DETACH leaves the parent's checks on the table as its own: those it should not keep are dropped after. */
    static List<Statement> detach(DetachPartition d) {
        List<Statement> statements = new ArrayList<>();
        statements.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, d.partition()),
                "detach partition " + d.partition() + " from " + d.parent(),
                "ALTER TABLE " + SqlText.qualified(d.parent()) + " DETACH PARTITION "
                        + SqlText.qualified(d.partition()), Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK)));
        statements.addAll(dropLeftChecks(d.partition(), d.parent(), d.checks()));
        return statements;
    }

    /** A table created again whose rows were saved first ({@link RowsSql}) loses none: its drop is a rewrite. */
    static Statement drop(DropTable d) {
        if (d.rowsKept()) {
            return Statements.of(Action.DROP, Subject.of(Kind.TABLE, d.table().name()), "drop table "
                    + d.table().name() + " (created again; its rows are kept)", "DROP TABLE "
                    + SqlText.qualified(d.table().name()), Set.of(Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK));
        }
        return Statements.of(Action.DROP, Subject.of(Kind.TABLE, d.table().name()), "drop table " + d.table().name(),
                "DROP TABLE " + SqlText.qualified(d.table().name()), Set.of(Hazard.DELETES_DATA));
    }

    /**
     * INHERIT checks that the table has the parent's columns and CHECK constraints (the missing checks are added
     * by the same statement, whose ADD CONSTRAINT PostgreSQL runs first); NO INHERIT leaves the inherited checks
     * behind as the table's own, and a later statement drops those the table should not keep (in one statement
     * the DROP would run first, while they are still inherited).
     */
    static List<Statement> alterInheritance(AlterInheritance a) {
        String table = SqlText.qualified(a.table());
        String summary = (a.inherit() ? "inherit " : "no longer inherit ") + a.table() + " from " + a.parent();
        List<Statement> statements = new ArrayList<>();
        if (a.inherit()) {
            List<String> actions = new ArrayList<>();
            a.checks().forEach(c -> actions.add("ADD " + ConstraintSql.inline(c)));
            actions.add("INHERIT " + SqlText.qualified(a.parent()));
            statements.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, a.table()), summary,
                    "ALTER TABLE " + table + " " + String.join(", ", actions), Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK)));
        } else {
            statements.add(Statements.of(Action.ALTER, Subject.of(Kind.TABLE, a.table()), summary,
                    "ALTER TABLE " + table + " NO INHERIT " + SqlText.qualified(a.parent()),
                    Set.of(Hazard.ACCESS_EXCLUSIVE_LOCK)));
            statements.addAll(dropLeftChecks(a.table(), a.parent(), a.checks()));
        }
        return statements;
    }

    private static List<Statement> dropLeftChecks(QualifiedName table, QualifiedName parent, List<Constraint> checks) {
        List<Statement> statements = new ArrayList<>();
        for (Constraint check : checks) {
            statements.add(Statements.of(Action.DROP, Subject.member(Kind.CONSTRAINT, table, check.name()),
                    "drop check " + check.name() + " on " + table + ", inherited from " + parent,
                    "ALTER TABLE " + SqlText.qualified(table) + " DROP CONSTRAINT " + SqlText.identifier(check.name())));
        }
        return statements;
    }

    /** SET LOGGED / SET UNLOGGED rewrite the whole table under an exclusive lock. */
    static Statement setLogged(SetTableLogged s) {
        String mode = s.logged() ? "LOGGED" : "UNLOGGED";
        return Statements.of(Action.ALTER, Subject.of(Kind.TABLE, s.table()),
                "set table " + s.table() + " " + mode.toLowerCase(java.util.Locale.ROOT),
                "ALTER TABLE " + SqlText.qualified(s.table()) + " SET " + mode,
                Set.of(Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK));
    }

    /** Adding a stored generated or identity column fills every existing row, which rewrites the table. */
    static Statement addColumn(AddColumn a) {
        Column column = a.column();
        Set<Hazard> hazards = column.isGenerated() || column.identity().isPresent()
                ? EnumSet.of(Hazard.TABLE_REWRITE, Hazard.ACCESS_EXCLUSIVE_LOCK) : Set.of();
        return Statements.of(Action.CREATE, Subject.member(Kind.COLUMN, a.table(), column.name()),
                "add column " + a.table() + "." + column.name(),
                "ALTER TABLE " + SqlText.qualified(a.table()) + " ADD COLUMN " + columnDefinition(column), hazards);
    }

    static Statement dropColumn(DropColumn d) {
        return Statements.of(Action.DROP, Subject.member(Kind.COLUMN, d.table(), d.column().name()),
                "drop column " + d.table() + "." + d.column().name(),
                "ALTER TABLE " + SqlText.qualified(d.table()) + " DROP COLUMN "
                        + SqlText.identifier(d.column().name()), Set.of(Hazard.DELETES_DATA));
    }

    /** name type [COLLATE c] [GENERATED ALWAYS AS (e) STORED | GENERATED ... AS IDENTITY] [DEFAULT d] [NOT NULL]. */
    static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(SqlText.identifier(column.name())).append(' ').append(column.type());
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(column.collation());
        }
        if (column.isGenerated()) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        if (column.identity().isPresent()) {
            sql.append(' ').append(identityClause(column.identity()));
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.notNull()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** {@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY (START WITH ... [NO] CYCLE)}. */
    static String identityClause(Identity identity) {
        String clause = "GENERATED " + generatedWhen(identity) + " AS IDENTITY";
        Identity.IdentitySequenceOptions o = identity.options();
        if (o == null) {
            return clause;
        }
        return clause + " (START WITH " + o.start() + " INCREMENT BY " + o.increment() + " MINVALUE " + o.minValue()
                + " MAXVALUE " + o.maxValue() + " CACHE " + o.cache() + (o.cycle() ? " CYCLE" : " NO CYCLE") + ")";
    }

    static String generatedWhen(Identity identity) {
        return identity.kind() == Identity.IdentityKind.ALWAYS ? "ALWAYS" : "BY DEFAULT";
    }
}
