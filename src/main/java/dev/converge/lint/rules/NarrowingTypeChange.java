package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ColumnAspect;
import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.PlanFacts;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.plan.Hazard;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject.Kind;

/**
 * A column's type changes to one that may not hold every current value (the planner marks the statement
 * {@code deletes-data}: a shorter varchar, a smaller integer, fewer numeric digits, another type): writes of the
 * running code that fit the old type fail, and the conversion itself may fail or cut values.
 */
public final class NarrowingTypeChange extends Rule {

    public static final String ID = "narrowing-type-change";

    public NarrowingTypeChange() {
        super(ID, Severity.ERROR, "A type change that may not hold every value breaks writes of the running code "
                + "and may fail or cut data");
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
            if (!(change instanceof AlterColumn a) || !a.has(ColumnAspect.TYPE)) {
                continue;
            }
            String name = a.table() + "." + a.desired().name();
            List<Statement> found = statements.of(Kind.COLUMN, name, Statement.Action.ALTER).stream()
                    .filter(s -> s.hazards().contains(Hazard.DELETES_DATA)).toList();
            if (!found.isEmpty()) {
                findings.add(new Finding(ID, Subject.member("column", a.table(), a.desired().name()),
                        "the plan narrows column " + name + " from " + a.current().type() + " to "
                                + a.desired().type() + BreakingChanges.phaseNote(found),
                        "add a new column of the new type, backfill it and move the code over, then drop the old "
                                + "one; or keep the wider type"));
            }
        }
        return findings;
    }
}
