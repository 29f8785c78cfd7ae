package dev.converge.plan;

import java.util.Set;

import dev.converge.plan.Statement.Action;

/** Small constructors for {@link Statement}: every statement is transactional unless said otherwise. */
final class Statements {

    private Statements() {
    }

    static Statement of(Action action, String objectKind, String objectName, String summary, String sql,
                        Set<Hazard> hazards) {
        return new Statement(sql, true, hazards, action, objectKind, objectName, summary);
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
        return new Statement(sql, false, hazards, action, objectKind, objectName, summary);
    }
}
