package dev.converge.plan;

import java.util.Objects;
import java.util.Set;

/**
 * One SQL statement of a plan. {@code transactional} is false for the few statements PostgreSQL will not run, or
 * must not run, inside the plan's transaction (e.g. {@code ALTER TYPE ... ADD VALUE} whose new value a later
 * statement uses). {@code summary} is the one-line, human description shown above the SQL ("create table
 * public.orders"); {@code action} and {@code objectKind}/{@code objectName} let reports group and colour it.
 */
public record Statement(
        String sql,
        boolean transactional,
        Set<Hazard> hazards,
        Action action,
        String objectKind,
        String objectName,
        String summary) {

    public Statement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectKind, "objectKind");
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(summary, "summary");
        hazards = hazards.isEmpty() ? Set.of() : Set.copyOf(java.util.EnumSet.copyOf(hazards));
    }

    public boolean isDestructive() {
        return hazards.stream().anyMatch(Hazard::destructive);
    }

    /** What the statement does to its object, for the +, - and ~ markers of reports. */
    public enum Action { CREATE, DROP, ALTER }
}
