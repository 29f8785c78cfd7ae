package dev.converge.plan;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One SQL statement of a plan. {@code execution} says how it runs (see {@link Execution}). {@code summary} is the
 * one-line, human description shown above the SQL ("create table public.orders"); {@code action} and
 * {@code subject} (what it changes, typed; see {@link Subject}) let reports group and colour it. {@code phase} is
 * its expand/contract phase, assigned by the {@link Planner} from {@link PhaseRules}.
 */
public record Statement(
        String sql,
        Execution execution,
        Set<Hazard> hazards,
        Action action,
        Subject subject,
        String summary,
        Phase phase) {

    /** How a statement runs: the typed fact the executor decides transactions, locks and timeouts by. */
    public enum Execution {
        /** In the plan's one transaction: all or nothing. */
        TRANSACTION,
        /**
         * In one of the transactions of new objects that a large plan commits before its main transaction (see
         * {@link NewObjectsFirst}).
         */
        NEW_OBJECTS,
        /**
         * On its own, outside any transaction block: what PostgreSQL will not run, or must not run, in the plan's
         * transaction (e.g. {@code ALTER TYPE ... ADD VALUE} whose new value a later statement uses; a validation
         * after the commit).
         */
        ON_ITS_OWN,
        /**
         * CREATE/DROP INDEX CONCURRENTLY: on its own, and it waits for older transactions as part of its
         * algorithm. The executor runs it without lock_timeout, since the lock it waits for (SHARE UPDATE
         * EXCLUSIVE) does not block reads or writes, and an interrupted build would only leave an invalid index.
         */
        CONCURRENTLY;

        /** The name in JSON: {@code transaction}, {@code new-objects}, {@code on-its-own}, {@code concurrently}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Execution> fromLabel(String label) {
            for (Execution execution : values()) {
                if (execution.label().equals(label)) {
                    return Optional.of(execution);
                }
            }
            return Optional.empty();
        }
    }

    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(execution, "execution");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(phase, "phase");
        hazards = hazards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hazards));
    }

    /** A statement before the planner assigned its phase: EXPAND until {@link PhaseRules} says otherwise. */
    public Statement(String sql, Execution execution, Set<Hazard> hazards, Action action, Subject subject,
                     String summary) {
        this(sql, execution, hazards, action, subject, summary, Phase.EXPAND);
    }

    /** True for a statement that runs inside a transaction block (the main one or one of new objects). */
    public boolean transactional() {
        return execution == Execution.TRANSACTION || execution == Execution.NEW_OBJECTS;
    }

    public boolean newObjects() {
        return execution == Execution.NEW_OBJECTS;
    }

    /** See {@link Execution#CONCURRENTLY}. */
    public boolean concurrentIndexOperation() {
        return execution == Execution.CONCURRENTLY;
    }

    /** The same statement in another phase. */
    public Statement inPhase(Phase other) {
        return new Statement(sql, execution, hazards, action, subject, summary, other);
    }

    /** The same statement, run on its own after the plan's transaction has committed (see {@link Planner}). */
    public Statement onItsOwn() {
        Execution alone = execution == Execution.CONCURRENTLY ? execution : Execution.ON_ITS_OWN;
        return new Statement(sql, alone, hazards, action, subject, summary, phase);
    }

    /**
     * The same statement among those that only create objects nothing else uses yet, which a large plan runs
     * first, in transactions of their own (see {@link NewObjectsFirst}).
     */
    public Statement amongNewObjects() {
        Execution first = execution == Execution.TRANSACTION ? Execution.NEW_OBJECTS : execution;
        return new Statement(sql, first, hazards, action, subject, summary, phase);
    }

    public boolean isDestructive() {
        return hazards.stream().anyMatch(Hazard::destructive);
    }

    /** What the statement does to its object, for the +, - and ~ markers of reports. */
    public enum Action { CREATE, DROP, ALTER }
}
