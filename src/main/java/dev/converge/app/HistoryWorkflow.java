package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.converge.apply.HistoryEntry;
import dev.converge.apply.HistoryJournal;
import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;

/** {@code converge history}: the latest apply runs recorded on a database, newest first. */
public final class HistoryWorkflow {

    public List<HistoryEntry> list(ConnectionSpec database, String schema, int limit) {
        try (Connection connection = database.open()) {
            return new HistoryJournal(connection, schema).list(limit);
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + database + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
