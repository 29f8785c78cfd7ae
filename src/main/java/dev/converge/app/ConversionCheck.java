package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import dev.converge.change.AlterColumn;
import dev.converge.change.Change;
import dev.converge.change.ChangeSet;
import dev.converge.change.ColumnAspect;
import dev.converge.error.ConvergeException;
import dev.converge.error.UnsupportedChangeException;

/**
 * Refuses, at plan time, a column type change that PostgreSQL has no cast for (bigint to timestamp, say) and for
 * which the user gave no conversion: the apply would fail halfway otherwise. PostgreSQL itself is asked, on the
 * target, whether {@code CAST(NULL::current AS desired)} parses; only its "cannot cast" answer (SQLSTATE 42846)
 * refuses, so a type the target does not have yet (created by the plan) is left to the apply.
 */
final class ConversionCheck {

    private static final String CANNOT_COERCE = "42846";

    private ConversionCheck() {
    }

    static void refuseMissingCasts(Connection connection, ChangeSet changes) {
        for (Change change : changes.changes()) {
            if (change instanceof AlterColumn a && a.has(ColumnAspect.TYPE) && a.using() == null
                    && !(a.current().type().contains(".") && a.desired().type().contains("."))) {
                if (!castExists(connection, a.current().type(), a.desired().type())) {
                    throw new UnsupportedChangeException("column " + a.table() + "." + a.desired().name()
                            + ": PostgreSQL has no cast from " + a.current().type() + " to " + a.desired().type()
                            + " (give the conversion as a comment on the column's line in the desired SQL: "
                            + "-- converge:using <expression of " + a.current().name() + ">, e.g. to_timestamp("
                            + a.current().name() + ") for epoch seconds)");
                }
            }
        }
    }

    private static boolean castExists(Connection connection, String from, String to) {
        try {
            boolean transaction = !connection.getAutoCommit();
            Savepoint savepoint = transaction ? connection.setSavepoint() : null;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT CAST(CAST(NULL AS " + from + ") AS " + to + ")");
                return true;
            } catch (SQLException e) {
                if (CANNOT_COERCE.equals(e.getSQLState())) {
                    return false;
                }
                return true; // a type the target does not have yet: the apply will tell
            } finally {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
            }
        } catch (SQLException e) {
            throw new ConvergeException("checking whether PostgreSQL casts " + from + " to " + to + ": "
                    + e.getMessage(), e);
        }
    }
}
