package dev.converge.lint.rules;

import java.util.List;

import dev.converge.plan.Statement;

/** The wording the rules for changes that break running code share: which phase, and what to deploy first. */
final class BreakingChanges {

    private BreakingChanges() {
    }

    /** {@code (in the contract phase)}, and a warning when the expand phase would run it, before the deploy. */
    static String phaseNote(List<Statement> statements) {
        String phases = PlanStatements.phases(statements);
        return PlanStatements.inExpand(statements) ? " in the expand phase, before the new code is deployed"
                : " (" + phases + " phase)";
    }
}
