package dev.converge.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of statements that execute together: one transaction (all or nothing), or a single statement that runs
 * on its own in autocommit (outside any transaction block). These are the transaction boundaries that plan shows
 * and apply keeps.
 */
public record PlanStep(boolean transactional, List<Statement> statements) {

    public PlanStep {
        statements = List.copyOf(statements);
    }

    /** Groups consecutive transactional statements into one step; every other statement is a step of its own. */
    public static List<PlanStep> of(List<Statement> statements) {
        List<PlanStep> steps = new ArrayList<>();
        List<Statement> pending = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement.transactional()) {
                pending.add(statement);
                continue;
            }
            if (!pending.isEmpty()) {
                steps.add(new PlanStep(true, pending));
                pending = new ArrayList<>();
            }
            steps.add(new PlanStep(false, List.of(statement)));
        }
        if (!pending.isEmpty()) {
            steps.add(new PlanStep(true, pending));
        }
        return steps;
    }
}
