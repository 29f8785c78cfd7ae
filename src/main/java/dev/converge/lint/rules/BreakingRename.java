package dev.converge.lint.rules;

import java.util.ArrayList;
import java.util.List;

import dev.converge.change.Change;
import dev.converge.change.Rename;
import dev.converge.lint.Finding;
import dev.converge.lint.LintInput;
import dev.converge.lint.PlanFacts;
import dev.converge.lint.Severity;
import dev.converge.lint.Subject;
import dev.converge.model.QualifiedName;
import dev.converge.model.RenameHint.Target;
import dev.converge.plan.Statement;
import dev.converge.plan.Subject.Kind;

/**
 * The plan renames a table or a column: the running code still uses the old name and fails at once. An
 * expand/contract rename adds the new column (or a view under the new name), deploys code that writes both, and
 * drops the old one later.
 */
public final class BreakingRename extends Rule {

    public static final String ID = "breaking-rename";

    public BreakingRename() {
        super(ID, Severity.ERROR, "Renaming a table or column breaks the code still using the old name");
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
            if (!(change instanceof Rename r) || r.target() != Target.TABLE && r.target() != Target.COLUMN) {
                continue;
            }
            boolean table = r.target() == Target.TABLE;
            List<Statement> found = statements.of(table ? Kind.TABLE : Kind.COLUMN, r.object().toString(),
                    Statement.Action.ALTER).stream().filter(s -> s.summary().startsWith("rename ")).toList();
            if (found.isEmpty()) {
                continue;
            }
            QualifiedName renamedTable = table ? QualifiedName.of(r.object().schema(), r.to()) : r.object();
            Subject subject = table ? Subject.of("table", renamedTable) : Subject.member("column", r.object(), r.to());
            String what = table ? "table " + r.object() + " to " + r.to()
                    : "column " + r.object() + "." + r.from() + " to " + r.to();
            findings.add(new Finding(ID, subject, "the plan renames " + what + BreakingChanges.phaseNote(found),
                    "add the new " + (table ? "table (or a view under the new name)" : "column")
                            + " beside the old one, deploy code that uses the new name, and drop the old one later"));
        }
        return findings;
    }
}
