package dev.converge.app.migrate;

import java.util.List;

import dev.converge.plan.Statement;

/**
 * One step of a generated migration: the statements of one transaction of the plan (or the one statement that
 * PostgreSQL runs only outside a transaction), and the reverse plan that takes the schema back to the state before
 * the step (computed against the state the step left, so it undoes exactly this step).
 */
record GeneratedStep(List<Statement> up, List<Statement> down) {

    GeneratedStep {
        up = List.copyOf(up);
        down = List.copyOf(down);
    }

    boolean upOutsideTransaction() {
        return up.stream().anyMatch(s -> !s.transactional());
    }

    /**
     * A down step with any statement that must run outside a transaction runs entirely without one, statement by
     * statement: the tools set transactions per script or changeset, never per statement.
     */
    boolean downOutsideTransaction() {
        return down.stream().anyMatch(s -> !s.transactional());
    }

    /** Whether the down step mixes statements that need a transaction's atomicity with ones that refuse it. */
    boolean downMixed() {
        return downOutsideTransaction() && down.stream().anyMatch(Statement::transactional);
    }
}
