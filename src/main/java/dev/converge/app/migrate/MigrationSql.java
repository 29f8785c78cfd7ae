package dev.converge.app.migrate;

import java.util.List;
import java.util.stream.Collectors;

import dev.converge.plan.Hazard;
import dev.converge.plan.Statement;

/**
 * The statements of one migration step as the body of a migration file: each under a comment with its summary and
 * hazards, and a data-loss warning above every statement that deletes data, so a reviewer (and whoever runs a down
 * migration in a hurry) sees it where it happens. No transaction control: each tool decides that itself.
 */
final class MigrationSql {

    private MigrationSql() {
    }

    static String body(List<Statement> statements) {
        StringBuilder out = new StringBuilder();
        for (Statement statement : statements) {
            out.append(comments(statement));
            out.append(terminated(statement.sql())).append('\n');
        }
        return out.toString();
    }

    /** The comment lines that introduce a statement. */
    static String comments(Statement statement) {
        StringBuilder out = new StringBuilder();
        out.append("-- ").append(statement.summary()).append('\n');
        if (statement.isDestructive()) {
            out.append("-- DATA LOSS: this statement deletes data that no migration brings back; take a backup "
                    + "first if it may be needed\n");
        }
        if (!statement.hazards().isEmpty()) {
            out.append("-- hazards: ").append(statement.hazards().stream().sorted().map(Hazard::flagName)
                    .collect(Collectors.joining(", "))).append('\n');
        }
        return out.toString();
    }

    static String terminated(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed : trimmed + ";";
    }

    /** The data-loss summary of a down migration, for its header. */
    static List<String> dataLoss(List<Statement> statements) {
        return statements.stream().filter(Statement::isDestructive).map(Statement::summary).toList();
    }
}
