package dev.converge.plan;

import java.util.Set;

import dev.converge.plan.Statement.Action;

/** Small constructors for {@link Statement}: every statement is transactional unless said otherwise. */
final class Statements {

    private Statements() {
    }

    static Statement of(Action action, Subject subject, String summary, String sql,
                        Set<Hazard> hazards) {
        return new Statement(sql, Statement.Execution.TRANSACTION, hazards, action, subject, summary);
    }

    static Statement of(Action action, Subject subject, String summary, String sql) {
        return of(action, subject, summary, sql, Set.of());
    }

    static Statement outsideTransaction(Action action, Subject subject, String summary,
                                        String sql) {
        return outsideTransaction(action, subject, summary, sql, Set.of());
    }

    static Statement outsideTransaction(Action action, Subject subject, String summary,
                                        String sql, Set<Hazard> hazards) {
        return new Statement(sql, Statement.Execution.ON_ITS_OWN, hazards, action, subject, summary);
    }

    /** CREATE or DROP INDEX CONCURRENTLY (see {@link Statement.Execution#CONCURRENTLY}). */
    static Statement concurrently(Action action, Subject subject, String summary, String sql,
                                  Set<Hazard> hazards) {
        return new Statement(sql, Statement.Execution.CONCURRENTLY, hazards, action, subject,
                summary);
    }
}
