package dev.converge.report;

import java.util.List;

import dev.converge.plan.PlanStep;
import dev.converge.plan.Statement;

/**
 * The plan as a script for psql: consecutive transactional statements inside BEGIN/COMMIT, the others between
 * transactions, exactly as apply runs them, each under a comment with its summary and hazards.
 */
public final class SqlReport implements ReportRenderer {

    @Override
    public String render(PlanReport report) {
        StringBuilder out = new StringBuilder();
        out.append("-- ").append(report.title()).append('\n');
        out.append("-- managed schemas: ").append(String.join(", ", report.schemas())).append('\n');
        List<Statement> statements = report.plan().statements();
        if (statements.isEmpty()) {
            out.append("-- no changes: the database matches the desired state\n");
            return out.toString();
        }
        out.append("-- run with: psql -v ON_ERROR_STOP=1 -f FILE (stop at the first error)\n");
        for (PlanStep step : report.plan().steps()) {
            if (step.transactional()) {
                out.append('\n').append("BEGIN;").append('\n');
            }
            for (Statement statement : step.statements()) {
                out.append('\n').append("-- ").append(statement.summary()).append('\n');
                if (!statement.hazards().isEmpty()) {
                    out.append("-- hazards: ").append(String.join(", ", Hazards.names(statement))).append('\n');
                }
                out.append(statement.sql()).append(statement.sql().endsWith(";") ? "" : ";").append('\n');
            }
            if (step.transactional()) {
                out.append("\nCOMMIT;\n");
            }
        }
        return out.toString();
    }
}
