package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.change.AddColumn;
import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.PlanFacts;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.model.Column;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject.Kind;

/**
 * A column of an existing table becomes NOT NULL without a default (added so, or SET NOT NULL): every INSERT of
 * the running code that does not name it fails, and an added column fails at once on a table with rows.
 */
public final class NotNullWithoutDefault extends Rule {

    public static final String ID = "not-null-without-default";

    public NotNullWithoutDefault() {
        super(ID, Severity.ERROR, "A NOT NULL column without a default on an existing table makes the running "
                + "code's inserts fail");
    }

    @Override
    public boolean needsPlan() {
        return true;
    }

    @Override
    public List<Finding> check(LintInput input) {
        PlanFacts facts = input.plan().orElseThrow();
        PlanStatements statements = new PlanStatements(facts);
        List<Finding> findings = new ArrayList<>();
        for (Change change : facts.changes().changes()) {
            if (change instanceof AddColumn a && needsValue(a.column())) {
                String name = a.table() + "." + a.column().name();
                List<Statement> found = statements.of(Kind.COLUMN, name, Statement.Action.CREATE);
                if (!found.isEmpty()) {
                    findings.add(new Finding(ID, Subject.member("column", a.table(), a.column().name()),
                            "the plan adds NOT NULL column " + name + " without a default to an existing table"
                                    + BreakingChanges.phaseNote(found),
                            "give it a DEFAULT, or add it nullable, backfill, deploy code that sets it, then "
                                    + "SET NOT NULL"));
                }
            } else if (change instanceof AlterColumn a && a.has(ColumnAspect.NOT_NULL) && needsValue(a.desired())) {
                String name = a.table() + "." + a.desired().name();
                List<Statement> found = statements.of(Kind.COLUMN, name, Statement.Action.ALTER);
                if (!found.isEmpty()) {
                    findings.add(new Finding(ID, Subject.member("column", a.table(), a.desired().name()),
                            "the plan sets NOT NULL on column " + name + ", which has no default"
                                    + BreakingChanges.phaseNote(found),
                            "deploy code that always sets it (or give it a DEFAULT) before this change runs"));
                }
            }
        }
        return findings;
    }

    private static boolean needsValue(Column column) {
        return column.notNull() && column.defaultExpression() == null && !column.identity().isPresent()
                && !column.isGenerated();
    }
}
