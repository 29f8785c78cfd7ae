package dev.converge.plan;

import java.util.List;
import java.util.Set;

import dev.converge.change.AddColumn;
import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.change.DetachPartition;
import dev.converge.change.DropColumn;
import dev.converge.change.DropCompositeType;
import dev.converge.change.DropConstraint;
import dev.converge.change.DropDomain;
import dev.converge.change.DropEnum;
import dev.converge.change.DropExtension;
import dev.converge.change.DropFunction;
import dev.converge.change.DropIndex;
import dev.converge.change.DropPolicy;
import dev.converge.change.DropSchema;
import dev.converge.change.DropSequence;
import dev.converge.change.DropTable;
import dev.converge.change.DropTrigger;
import dev.converge.change.DropView;
import dev.converge.change.GrantDefaultPrivileges;
import dev.converge.change.GrantPrivileges;
import dev.converge.change.RebuildEnum;
import dev.converge.change.Rename;
import dev.converge.change.RevokeDefaultPrivileges;
import dev.converge.change.RevokePrivileges;
import dev.converge.model.Column;

/**
 * The one place that decides each statement's {@link Phase}: whether the application's current code survives it
 * (EXPAND) or it removes or narrows something that code may still use (CONTRACT). Decided from the change and the
 * statement's hazards, never from SQL text. The planner then postpones to CONTRACT anything that must run after a
 * CONTRACT statement (see {@link Planner}), so an expand never needs a contract statement.
 */
final class PhaseRules {

    /** Changes that remove or rename what current code may use: always CONTRACT. */
    private static final Set<Class<? extends Change>> REMOVALS = Set.of(DropSchema.class, DropEnum.class,
            DropSequence.class, DropTable.class, DropColumn.class, DropConstraint.class, DropIndex.class,
            DropView.class, DropFunction.class, DropTrigger.class, DropPolicy.class, DropDomain.class,
            DropCompositeType.class, DropExtension.class, RevokePrivileges.class, RevokeDefaultPrivileges.class,
            DetachPartition.class, Rename.class, RebuildEnum.class);

    /** Hazards of a statement that narrows: data may be lost, existing rows must pass, or access is taken away. */
    private static final Set<Hazard> NARROWING = Set.of(Hazard.DELETES_DATA, Hazard.VALIDATES_ROWS,
            Hazard.AUTHORIZATION_CHANGE);

    private PhaseRules() {
    }

    /** The change's statements, each with its phase. */
    static List<Statement> assign(Change change, List<Statement> statements) {
        if (REMOVALS.contains(change.getClass())) {
            return statements.stream().map(s -> s.inPhase(Phase.CONTRACT)).toList();
        }
        if (change instanceof GrantPrivileges || change instanceof GrantDefaultPrivileges) {
            return statements.stream().map(s -> s.inPhase(Phase.EXPAND)).toList();
        }
        if (change instanceof AddColumn a && insertsNeedIt(a.column())) {
            return statements.stream().map(s -> s.inPhase(Phase.CONTRACT)).toList();
        }
        if (change instanceof AlterColumn a && narrows(a, statements)) {
            // All of its statements: the NOT VALID check of a SET NOT NULL already refuses NULLs from current code.
            return statements.stream().map(s -> s.inPhase(Phase.CONTRACT)).toList();
        }
        // Everything else, AddConstraint included: ADD ... NOT VALID expands, VALIDATE CONSTRAINT (and a key or
        // exclusion constraint added to an existing table, which checks the rows at once) contracts.
        return statements.stream().map(s -> s.inPhase(narrowing(s) ? Phase.CONTRACT : Phase.EXPAND)).toList();
    }

    /** A NOT NULL column without a default: inserts from code that does not know it fail. */
    private static boolean insertsNeedIt(Column column) {
        return column.notNull() && column.defaultExpression() == null && !column.identity().isPresent()
                && !column.isGenerated();
    }

    /** SET NOT NULL, a dropped default, or a type change that may lose data. */
    private static boolean narrows(AlterColumn a, List<Statement> statements) {
        return a.has(ColumnAspect.NOT_NULL) && a.desired().notNull()
                || a.has(ColumnAspect.DEFAULT) && a.desired().defaultExpression() == null
                || statements.stream().anyMatch(PhaseRules::narrowing);
    }

    private static boolean narrowing(Statement statement) {
        return statement.hazards().stream().anyMatch(NARROWING::contains);
    }

}
