package dev.converge.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.converge.change.AddConstraint;
import dev.converge.change.CreateIndex;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropIndex;
import dev.converge.change.ValidateCheckCopy;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Statement.Action;
import dev.converge.plan.Subject.Kind;

/** Constraints and indexes; definitions are PostgreSQL's own text, rendered verbatim. */
final class ConstraintSql {

    private ConstraintSql() {
    }

    /**
     * On a table created by the same plan there is nothing to check. On an existing table, a foreign key or check
     * is added NOT VALID (a short lock, no scan) inside the transaction and validated after the commit, on its
     * own: VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on. A key or
     * exclusion constraint builds its index under ACCESS EXCLUSIVE. A constraint the desired state itself declares
     * NOT VALID is added as it is.
     */
    static List<Statement> add(AddConstraint a, boolean newTable) {
        Constraint c = a.constraint();
        String summary = "add " + kindName(c.kind()) + " " + c.name() + " on " + a.table();
        String sql = "ALTER TABLE " + SqlText.qualified(a.table()) + " ADD " + inline(c);
        Subject name = Subject.member(Kind.CONSTRAINT, a.table(), c.name());
        if (newTable || c.notValid()) {
            return List.of(Statements.of(Action.CREATE, name, summary, sql));
        }
        // PostgreSQL 15-17: "cannot add NOT VALID foreign key on partitioned table"
        boolean validatedLater = c.kind() == ConstraintKind.CHECK
                || c.kind() == ConstraintKind.FOREIGN_KEY && !a.partitionedTable();
        if (validatedLater) {
            return List.of(Statements.of(Action.CREATE, name, summary + " (NOT VALID; validated after the commit)",
                            sql + " NOT VALID"),
                    validate(a.table(), c.name(), "validate " + kindName(c.kind()) + " " + c.name() + " on "
                            + a.table()));
        }
        EnumSet<Hazard> hazards = EnumSet.of(Hazard.VALIDATES_ROWS, Hazard.ACCESS_EXCLUSIVE_LOCK);
        if (indexBacked(c.kind())) {
            hazards.add(Hazard.INDEX_BUILD);
        }
        return List.of(Statements.of(Action.CREATE, name, summary, sql, hazards));
    }

    /** VALIDATE CONSTRAINT, run after the commit: scans the rows without blocking reads or writes. */
    static Statement validate(QualifiedName table, String constraint, String summary) {
        return Statements.outsideTransaction(Action.ALTER, Subject.member(Kind.CONSTRAINT, table, constraint), summary,
                "ALTER TABLE " + SqlText.qualified(table) + " VALIDATE CONSTRAINT " + SqlText.identifier(constraint),
                Set.of(Hazard.VALIDATES_ROWS));
    }

    /**
     * VALIDATE CONSTRAINT on one partition's copy of a check. On a partition that was there, after the commit, on
     * its own, like the validation of a check added to an existing table. A partition the plan creates has no rows
     * to scan: inside the transaction, after the check its parent gets there.
     */
    static Statement validateCopy(ValidateCheckCopy v, boolean newPartition, boolean afterCommit) {
        String summary = "validate the copy of check " + v.constraint() + " on partition " + v.partition();
        if (afterCommit) {
            return validate(v.partition(), v.constraint(), summary);
        }
        return Statements.of(Action.ALTER, Subject.member(Kind.CONSTRAINT, v.partition(), v.constraint()), summary,
                "ALTER TABLE " + SqlText.qualified(v.partition()) + " VALIDATE CONSTRAINT "
                        + SqlText.identifier(v.constraint()),
                newPartition ? Set.of() : Set.of(Hazard.VALIDATES_ROWS));
    }

    static Statement drop(DropConstraint d) {
        Constraint c = d.constraint();
        Set<Hazard> hazards = indexBacked(c.kind()) ? Set.of(Hazard.INDEX_DROPPED) : Set.of();
        return Statements.of(Action.DROP, Subject.member(Kind.CONSTRAINT, d.table(), c.name()),
                "drop " + kindName(c.kind()) + " " + c.name() + " on " + d.table(),
                "ALTER TABLE " + SqlText.qualified(d.table()) + " DROP CONSTRAINT " + SqlText.identifier(c.name()),
                hazards);
    }

    /** {@code CONSTRAINT name definition}, as in CREATE TABLE and ADD CONSTRAINT. */
    static String inline(Constraint c) {
        return "CONSTRAINT " + SqlText.identifier(c.name()) + " " + c.definition();
    }

    /**
     * On a relation the plan creates, the plain statement inside the transaction. On an existing one, CREATE
     * INDEX CONCURRENTLY after the commit, which lets writes go on; pinned inside the transaction (see
     * {@link AfterCommit}) it is plain and holds a SHARE lock, blocking writes, for the whole build.
     */
    static Statement createIndex(CreateIndex c, boolean newTable, boolean afterCommit) {
        String definition = c.index().creatableDefinition();
        String summary = "create index " + c.index().qualifiedName() + " on " + c.index().table();
        Subject subject = Subject.of(Kind.INDEX, c.index().qualifiedName());
        if (newTable) {
            return Statements.of(Action.CREATE, subject, summary, definition);
        }
        if (afterCommit) {
            return Statements.concurrently(Action.CREATE, subject, summary + " (concurrently)",
                    concurrently(definition), Set.of(Hazard.INDEX_BUILD));
        }
        return Statements.of(Action.CREATE, subject, summary, definition,
                EnumSet.of(Hazard.INDEX_BUILD, Hazard.SHARE_LOCK));
    }

    /** {@code CREATE [UNIQUE] INDEX name ...} (pg_get_indexdef) with CONCURRENTLY after INDEX. */
    static String concurrently(String definition) {
        int at = definition.indexOf("INDEX ");
        return definition.substring(0, at) + "INDEX CONCURRENTLY " + definition.substring(at + "INDEX ".length());
    }

    /**
     * After the commit, DROP INDEX CONCURRENTLY (IF EXISTS, so that a re-run converges); inside the transaction,
     * a plain drop, which only needs a short lock. An invalid index (left by a failed concurrent build) serves no
     * query, so dropping it is no hazard.
     */
    static Statement dropIndex(DropIndex d, boolean afterCommit) {
        String name = d.index().qualifiedName().toString();
        Subject subject = Subject.of(Kind.INDEX, d.index().qualifiedName());
        Set<Hazard> hazards = d.index().valid() ? Set.of(Hazard.INDEX_DROPPED) : Set.of();
        String summary = d.index().valid() ? "drop index " + name
                : "drop invalid index " + name + " (left by a failed concurrent build; rebuilt below if desired)";
        if (afterCommit) {
            return Statements.concurrently(Action.DROP, subject, summary + (d.index().valid()
                            ? " (concurrently)" : ""),
                    "DROP INDEX CONCURRENTLY IF EXISTS " + SqlText.qualified(d.index().qualifiedName()), hazards);
        }
        return Statements.of(Action.DROP, subject, summary,
                "DROP INDEX " + SqlText.qualified(d.index().qualifiedName()), hazards);
    }

    static String kindName(ConstraintKind kind) {
        return switch (kind) {
            case PRIMARY_KEY -> "primary key";
            case FOREIGN_KEY -> "foreign key";
            default -> kind.name().toLowerCase(Locale.ROOT) + " constraint";
        };
    }

    private static boolean indexBacked(ConstraintKind kind) {
        return kind == ConstraintKind.PRIMARY_KEY || kind == ConstraintKind.UNIQUE
                || kind == ConstraintKind.EXCLUSION;
    }
}
