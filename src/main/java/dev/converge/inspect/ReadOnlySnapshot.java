package dev.converge.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import dev.converge.error.ConvergeException;

/**
 * Runs catalog reads in one read-only REPEATABLE READ transaction, so that every query sees the same snapshot
 * even while DDL runs concurrently, with {@code search_path} empty so that {@code format_type},
 * {@code pg_get_expr}, {@code pg_get_constraintdef} and {@code pg_get_indexdef} schema-qualify every user object
 * (they omit the schema of whatever is visible on the search_path). The transaction is rolled back and the
 * connection's autocommit, isolation and read-only settings are restored afterwards. The connection must not
 * be inside a transaction of its own: PostgreSQL cannot change those settings in the middle of one.
 */
final class ReadOnlySnapshot {

    private final Connection connection;
    private final CatalogReader reader;

    ReadOnlySnapshot(Connection connection, CatalogReader reader) {
        this.connection = connection;
        this.reader = reader;
    }

    <T> T read(Supplier<T> work) {
        Settings saved = save();
        RuntimeException failure = null;
        try {
            begin();
            return work.get();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            restore(saved, failure);
        }
    }

    private record Settings(boolean autoCommit, int isolation, boolean readOnly) {
    }

    private Settings save() {
        try {
            return new Settings(connection.getAutoCommit(), connection.getTransactionIsolation(),
                    connection.isReadOnly());
        } catch (SQLException e) {
            throw reader.failure("the connection settings", e);
        }
    }

    private void begin() {
        try {
            start(connection);
        } catch (SQLException e) {
            throw reader.failure("the catalog (starting a read-only transaction)", e);
        }
    }

    /**
     * Opens the read-only REPEATABLE READ transaction every catalog read runs in: {@code first} (e.g. SET
     * TRANSACTION SNAPSHOT, which must precede everything else), then the empty search_path.
     */
    static void start(Connection connection, String... first) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement()) {
            for (String sql : first) {
                statement.execute(sql);
            }
            statement.execute("SET LOCAL search_path TO ''");
        }
    }

    /** Rolls back and restores; a failure here is added to the reading failure rather than hiding it. */
    private void restore(Settings saved, RuntimeException failure) {
        try {
            connection.rollback();
            connection.setReadOnly(saved.readOnly());
            connection.setTransactionIsolation(saved.isolation());
            connection.setAutoCommit(saved.autoCommit());
        } catch (SQLException e) {
            ConvergeException restoring = reader.failure("the catalog (ending the read-only transaction)", e);
            if (failure == null) {
                throw restoring;
            }
            failure.addSuppressed(restoring);
        }
    }
}
