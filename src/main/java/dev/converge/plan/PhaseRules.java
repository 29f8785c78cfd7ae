package dev.converge.plan;

import java.util.List;
import java.util.Set;

import dev.converge.change.Change;

/**
 * Decides each statement's {@link Phase}: whether the application's current code survives it (EXPAND) or it
 * removes or narrows something that code may still use (CONTRACT). Each kind's family says which rule applies
 * (removals always contract, grants always expand, columns have their own rules); by default a statement
 * contracts when its hazards say it narrows. Decided from the change and the statement's hazards, never from SQL
 * text. The planner then postpones to CONTRACT anything that must run after a CONTRACT statement (see
 * {@link Planner}), so an expand never needs a contract statement. docs/safety.md lists the rules.
 */
final class PhaseRules {

    /** Hazards of a statement that narrows: data may be lost, existing rows must pass, or access is taken away. */
    private static final Set<Hazard> NARROWING = Set.of(Hazard.DELETES_DATA, Hazard.VALIDATES_ROWS,
            Hazard.AUTHORIZATION_CHANGE);

    private PhaseRules() {
    }

    /** The change's statements, each with its phase. */
    static List<Statement> assign(Change change, List<Statement> statements) {
        return ChangeKinds.of(change).assignPhases(change, statements);
    }

    static List<Statement> contract(List<Statement> statements) {
        return statements.stream().map(s -> s.inPhase(Phase.CONTRACT)).toList();
    }

    static List<Statement> expand(List<Statement> statements) {
        return statements.stream().map(s -> s.inPhase(Phase.EXPAND)).toList();
    }

    /**
     * Each statement by its hazards: ADD ... NOT VALID expands, VALIDATE CONSTRAINT (and a key or exclusion
     * constraint added to an existing table, which checks the rows at once) contracts.
     */
    static List<Statement> byHazards(List<Statement> statements) {
        return statements.stream().map(s -> s.inPhase(narrowing(s) ? Phase.CONTRACT : Phase.EXPAND)).toList();
    }

    static boolean narrowing(Statement statement) {
        return statement.hazards().stream().anyMatch(NARROWING::contains);
    }
}
