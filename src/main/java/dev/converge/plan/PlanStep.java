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

    /** Statements of new objects per transaction: few enough locks for a default server (see NewObjectsFirst). */
    static final int NEW_OBJECTS_PER_TRANSACTION = 500;

    /** A transaction of a large plan's new objects, committed before the main transaction. */
    public boolean newObjects() {
        return transactional && statements.get(0).newObjects();
    }

    /**
     * Groups consecutive transactional statements into one step, those of new objects into steps of at most
     * {@value #NEW_OBJECTS_PER_TRANSACTION}; every other statement is a step of its own.
     */
    public static List<PlanStep> of(List<Statement> statements) {
        List<PlanStep> steps = new ArrayList<>();
        List<Statement> pending = new ArrayList<>();
        for (Statement statement : statements) {
            boolean boundary = !pending.isEmpty() && (!statement.transactional()
                    || statement.newObjects() != pending.get(0).newObjects()
                    || statement.newObjects() && pending.size() == NEW_OBJECTS_PER_TRANSACTION);
            if (boundary) {
                steps.add(new PlanStep(true, pending));
                pending = new ArrayList<>();
            }
            if (statement.transactional()) {
                pending.add(statement);
            } else {
                steps.add(new PlanStep(false, List.of(statement)));
            }
        }
        if (!pending.isEmpty()) {
            steps.add(new PlanStep(true, pending));
        }
        return steps;
    }
}
