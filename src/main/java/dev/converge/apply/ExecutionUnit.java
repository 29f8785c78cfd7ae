package dev.converge.apply;

import java.util.ArrayList;
import java.util.List;

import dev.converge.plan.Statement;

/**
 * A run of statements that execute together: either one transaction, or a single statement that PostgreSQL
 * will not run inside the plan's transaction (it then runs on its own, in autocommit).
 */
record ExecutionUnit(boolean transactional, List<Statement> statements) {

    ExecutionUnit {
        statements = List.copyOf(statements);
    }

    /** Groups consecutive transactional statements into one unit; every other statement is a unit of its own. */
    static List<ExecutionUnit> split(List<Statement> statements) {
        List<ExecutionUnit> units = new ArrayList<>();
        List<Statement> pending = new ArrayList<>();
        for (Statement statement : statements) {
            if (statement.transactional()) {
                pending.add(statement);
                continue;
            }
            if (!pending.isEmpty()) {
                units.add(new ExecutionUnit(true, pending));
                pending = new ArrayList<>();
            }
            units.add(new ExecutionUnit(false, List.of(statement)));
        }
        if (!pending.isEmpty()) {
            units.add(new ExecutionUnit(true, pending));
        }
        return units;
    }
}
