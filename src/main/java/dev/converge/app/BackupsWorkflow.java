package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import dev.converge.apply.BackupShelf;
import dev.converge.apply.StoredBackup;
import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;

/** {@code converge backups}: what {@code apply --backup} kept on a database, newest first. */
public final class BackupsWorkflow {

    public List<StoredBackup> list(ConnectionSpec database) {
        try (Connection connection = database.open()) {
            return new BackupShelf(connection).list();
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + database + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
