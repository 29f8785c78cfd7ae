package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.change.Change;
import dev.converge.change.DropColumn;
import dev.converge.change.DropTable;
import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.PlanFacts;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.model.Catalog;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject.Kind;

/**
 * The plan drops a table or a column that the desired state no longer has: code that is running against the
 * database still reads or writes it and fails from the moment the statement commits. Safe only in the contract
 * phase, after the code that used it is gone ({@code apply --phase contract}); a drop that re-creates the object
 * is a type or definition change, not this.
 */
public final class BreakingDrop extends Rule {

    public static final String ID = "breaking-drop";

    public BreakingDrop() {
        super(ID, Severity.ERROR, "Dropping a table or column breaks the code still running against it");
    }

    @Override
    public boolean needsPlan() {
        return true;
    }

    @Override
    public List<Finding> check(LintInput input) {
        PlanFacts facts = input.plan().orElseThrow();
        PlanStatements statements = new PlanStatements(facts);
        Catalog desired = input.desired();
        List<Finding> findings = new ArrayList<>();
        for (Change change : facts.changes().changes()) {
            if (change instanceof DropTable d && desired.table(d.table().name()).isEmpty()) {
                List<Statement> found = statements.of(Kind.TABLE, d.table().name().toString(), Statement.Action.DROP);
                if (!found.isEmpty()) {
                    findings.add(new Finding(ID, Subject.of("table", d.table().name()), "the plan drops table "
                            + d.table().name() + BreakingChanges.phaseNote(found),
                            "deploy code that no longer uses it first, then apply --phase contract"));
                }
            } else if (change instanceof DropColumn d && desired.table(d.table())
                    .map(t -> t.column(d.column().name()).isEmpty()).orElse(false)) {
                List<Statement> found = statements.of(Kind.COLUMN, d.table() + "." + d.column().name(),
                        Statement.Action.DROP);
                if (!found.isEmpty()) {
                    findings.add(new Finding(ID, Subject.member("column", d.table(), d.column().name()),
                            "the plan drops column " + d.table() + "." + d.column().name()
                                    + BreakingChanges.phaseNote(found),
                            "deploy code that no longer reads or writes it first, then apply --phase contract"));
                }
            }
        }
        return findings;
    }
}
