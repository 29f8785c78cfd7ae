package dev.converge.plan;

import java.util.Objects;
import java.util.Set;

/**
 * One SQL statement of a plan. {@code transactional} is false for the few statements PostgreSQL will not run, or
 * must not run, inside the plan's transaction (e.g. {@code ALTER TYPE ... ADD VALUE} whose new value a later
 * statement uses). {@code summary} is the one-line, human description shown above the SQL ("create table
 * public.orders"); {@code action} and {@code objectKind}/{@code objectName} let reports group and colour it.
 * {@code phase} is its expand/contract phase, assigned by the {@link Planner} from {@link PhaseRules}.
 * {@code newObjects} marks a statement that only creates what nothing else uses yet, run before the main
 * transaction in transactions of its own when the plan is too large for one (see {@link NewObjectsFirst}).
 */
public record Statement(
        String sql,
        boolean transactional,
        Set<Hazard> hazards,
        Action action,
        String objectKind,
        String objectName,
        String summary,
        Phase phase,
        boolean newObjects) {

    public Statement {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(summary, "summary");
        hazards = hazards.isEmpty() ? Set.of() : Set.copyOf(java.util.EnumSet.copyOf(hazards));
    }

    /**
     * CREATE/DROP INDEX CONCURRENTLY: runs on its own, and waits for older transactions as part of its algorithm.
     * The executor runs it without lock_timeout, since the lock it waits for (SHARE UPDATE EXCLUSIVE) does not
     * block reads or writes, and an interrupted build would only leave an invalid index behind.
     */
    public boolean concurrentIndexOperation() {
        return !transactional && (sql.startsWith("CREATE INDEX CONCURRENTLY ")
                || sql.startsWith("CREATE UNIQUE INDEX CONCURRENTLY ") || sql.startsWith("DROP INDEX CONCURRENTLY "));
    }

    /** A statement before the planner assigned its phase: EXPAND until {@link PhaseRules} says otherwise. */
    public Statement(String sql, boolean transactional, Set<Hazard> hazards, Action action, String objectKind,
                     String objectName, String summary) {
        this(sql, transactional, hazards, action, objectKind, objectName, summary, Phase.EXPAND, false);
    }

    /** A statement of the plan's main transaction or one that runs on its own. */
    public Statement(String sql, boolean transactional, Set<Hazard> hazards, Action action, String objectKind,
                     String objectName, String summary, Phase phase) {
        this(sql, transactional, hazards, action, objectKind, objectName, summary, phase, false);
    }

    /** The same statement in another phase. */
    public Statement inPhase(Phase other) {
        return new Statement(sql, transactional, hazards, action, objectKind, objectName, summary, other, newObjects);
    }

    /** The same statement, run on its own after the plan's transaction has committed (see {@link Planner}). */
    public Statement onItsOwn() {
        return new Statement(sql, false, hazards, action, objectKind, objectName, summary, phase, newObjects);
    }

    /**
     * The same statement among those that only create objects nothing else uses yet, which a large plan runs
     * first, in transactions of their own (see {@link NewObjectsFirst}).
     */
    public Statement amongNewObjects() {
        return new Statement(sql, transactional, hazards, action, objectKind, objectName, summary, phase, true);
    }

    public boolean isDestructive() {
        return hazards.stream().anyMatch(Hazard::destructive);
    }

    /** What the statement does to its object, for the +, - and ~ markers of reports. */
    public enum Action { CREATE, DROP, ALTER }
}
