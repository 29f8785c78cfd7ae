package dev.converge.plan;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import dev.converge.model.SqlText;
import dev.converge.diff.AddConstraint;
import dev.converge.diff.CreateIndex;
import dev.converge.diff.DropConstraint;
import dev.converge.diff.DropIndex;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.plan.Statement.Action;

/** Constraints and indexes; definitions are PostgreSQL's own text, rendered verbatim. */
final class ConstraintSql {

    private ConstraintSql() {
    }

    /**
     * On an existing table PostgreSQL checks every row (unless NOT VALID) and builds the index of a key or
     * exclusion constraint; on a table created by the same plan there is nothing to check.
     */
    static Statement add(AddConstraint a, boolean newTable) {
        Constraint c = a.constraint();
        EnumSet<Hazard> hazards = EnumSet.noneOf(Hazard.class);
        if (!newTable) {
            if (!c.definition().endsWith(" NOT VALID")) {
                hazards.add(Hazard.VALIDATES_ROWS);
            }
            if (indexBacked(c.kind())) {
                hazards.add(Hazard.INDEX_BUILD);
            }
        }
        return Statements.of(Action.CREATE, "constraint", a.table() + "." + c.name(),
                "add " + kindName(c.kind()) + " " + c.name() + " on " + a.table(),
                "ALTER TABLE " + SqlText.qualified(a.table()) + " ADD " + inline(c), hazards);
    }

    static Statement drop(DropConstraint d) {
        Constraint c = d.constraint();
        Set<Hazard> hazards = indexBacked(c.kind()) ? Set.of(Hazard.INDEX_DROPPED) : Set.of();
        return Statements.of(Action.DROP, "constraint", d.table() + "." + c.name(),
                "drop " + kindName(c.kind()) + " " + c.name() + " on " + d.table(),
                "ALTER TABLE " + SqlText.qualified(d.table()) + " DROP CONSTRAINT " + SqlText.identifier(c.name()),
                hazards);
    }

    /** {@code CONSTRAINT name definition}, as in CREATE TABLE and ADD CONSTRAINT. */
    static String inline(Constraint c) {
        return "CONSTRAINT " + SqlText.identifier(c.name()) + " " + c.definition();
    }

    static Statement createIndex(CreateIndex c, boolean newTable) {
        return Statements.of(Action.CREATE, "index", c.index().qualifiedName().toString(),
                "create index " + c.index().qualifiedName() + " on " + c.index().table(), c.index().definition(),
                newTable ? Set.of() : Set.of(Hazard.INDEX_BUILD));
    }

    static Statement dropIndex(DropIndex d) {
        return Statements.of(Action.DROP, "index", d.index().qualifiedName().toString(),
                "drop index " + d.index().qualifiedName(),
                "DROP INDEX " + SqlText.qualified(d.index().qualifiedName()), Set.of(Hazard.INDEX_DROPPED));
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
