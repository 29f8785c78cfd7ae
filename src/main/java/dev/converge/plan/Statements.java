package dev.converge.plan;

import java.util.Set;

import dev.converge.plan.Statement.Action;

/** Small constructors for {@link Statement}: every statement is transactional unless said otherwise. */
final class Statements {

    private Statements() {
    }

    static Statement of(Action action, String objectKind, String objectName, String summary, String sql,
                        Set<Hazard> hazards) {
        return new Statement(sql, Statement.Execution.TRANSACTION, hazards, action, objectKind, objectName, summary);
    }

    static Statement of(Action action, String objectKind, String objectName, String summary, String sql) {
        return of(action, objectKind, objectName, summary, sql, Set.of());
    }

    static Statement outsideTransaction(Action action, String objectKind, String objectName, String summary,
                                        String sql) {
        return outsideTransaction(action, objectKind, objectName, summary, sql, Set.of());
    }

    static Statement outsideTransaction(Action action, String objectKind, String objectName, String summary,
                                        String sql, Set<Hazard> hazards) {
        return new Statement(sql, Statement.Execution.ON_ITS_OWN, hazards, action, objectKind, objectName, summary);
    }

    /** CREATE or DROP INDEX CONCURRENTLY (see {@link Statement.Execution#CONCURRENTLY}). */
    static Statement concurrently(Action action, String objectKind, String objectName, String summary, String sql,
                                  Set<Hazard> hazards) {
        return new Statement(sql, Statement.Execution.CONCURRENTLY, hazards, action, objectKind, objectName,
                summary);
    }
}
