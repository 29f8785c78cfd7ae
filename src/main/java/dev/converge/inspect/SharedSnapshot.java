package dev.converge.inspect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A second connection that reads in the very snapshot of the inspector's transaction, so that half of the catalog
 * queries run on another backend (and core) at the same time, as {@code pg_dump -j} does: the main transaction
 * exports its snapshot ({@code pg_export_snapshot()}), the second one imports it ({@code SET TRANSACTION
 * SNAPSHOT}), and both see exactly the same catalog.
 *
 * <p>Reading in parallel is only a speed-up: when no second connection can be had (no opener, a connection limit,
 * a server that cannot export snapshots), the work runs on the main connection, one query after another, with the
 * same result. A query that fails on the second connection fails the inspection, as it would on the main one.
 */
final class SharedSnapshot implements AutoCloseable {

    private final Connection second;
    private final CatalogReader reader;

    private SharedSnapshot(Connection second, CatalogReader reader) {
        this.second = second;
        this.reader = reader;
    }

    /**
     * Must be called inside the main connection's read-only REPEATABLE READ transaction, whose snapshot (taken by
     * its first query, here the export itself) is the one both connections then read.
     *
     * @param opener opens a new connection to the same database, or null for none
     * @param main   the reader of the main connection, which runs the work when there is no second connection
     */
    static SharedSnapshot open(Connection mainConnection, Supplier<Connection> opener, CatalogReader main,
                               String database) {
        if (opener == null) {
            return new SharedSnapshot(null, main);
        }
        String snapshot;
        try (Statement s = mainConnection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT pg_catalog.pg_export_snapshot()")) {
            r.next();
            snapshot = r.getString(1);
        } catch (SQLException e) {
            return new SharedSnapshot(null, main); // e.g. a server without snapshot export: read sequentially
        }
        Connection second = null;
        try {
            second = opener.get();
            // the same transaction as the main connection's, in the main connection's snapshot
            ReadOnlySnapshot.start(second, "SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
            return new SharedSnapshot(second, new CatalogReader(second, database));
        } catch (RuntimeException | SQLException e) {
            closeQuietly(second);
            return new SharedSnapshot(null, main);
        }
    }

    /**
     * Starts {@code work} on the second connection in a thread of its own, or runs it at once on the main
     * connection when there is none; {@link #join} gives the result.
     */
    <T> CompletableFuture<T> start(Function<CatalogReader, T> work) {
        if (second == null) {
            try {
                return CompletableFuture.completedFuture(work.apply(reader));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        return CompletableFuture.supplyAsync(() -> work.apply(reader), runnable -> {
            Thread thread = new Thread(runnable, "converge-inspect-second-connection");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The result of {@link #start}, with a failure thrown as it was thrown on the second connection. */
    static <T> T join(CompletableFuture<T> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    boolean parallel() {
        return second != null;
    }

    /** Ends the second connection's transaction and closes it; the main transaction is the caller's. */
    @Override
    public void close() {
        closeQuietly(second);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // closing rolls back as well
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written through it; a failed close loses nothing
        }
    }
}
