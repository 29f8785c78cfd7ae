package dev.converge.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

import dev.converge.error.ConvergeException;

/**
 * A session-level advisory lock that one apply holds per database from before it inspects the target until it is
 * done, so that two applies never interleave: the second waits (bounded) and then plans against what the first
 * left, or fails naming the session that holds the lock. Advisory locks are per database and vanish with the
 * session, so a crashed apply never leaves the database locked.
 */
public final class ApplyLock implements AutoCloseable {

    /** "converge" in ASCII, as one bigint: the key every Converge apply uses. */
    public static final long KEY = 0x636f6e7665726765L;
    private static final String SQLSTATE_LOCK_NOT_AVAILABLE = "55P03";
    private static final Duration POLL = Duration.ofMillis(250);

    private final Connection connection;

    private ApplyLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock, waiting up to {@code wait} (zero: not at all) when another apply holds it; {@code waiting}
     * hears a message once when a wait begins.
     */
    public static ApplyLock acquire(Connection connection, Duration wait, String database, Consumer<String> waiting) {
        try {
            if (tryLock(connection)) {
                return new ApplyLock(connection);
            }
            String holder = holder(connection);
            if (wait.isZero()) {
                throw busy(database, holder, wait);
            }
            waiting.accept("another apply is running on " + database + " (" + holder + "); waiting up to "
                    + wait.toSeconds() + "s for it to finish");
            if (lockWithin(connection, wait)) {
                return new ApplyLock(connection);
            }
            throw busy(database, holder(connection), wait);
        } catch (SQLException e) {
            throw new ConvergeException("taking the apply lock on " + database + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_catalog.pg_try_advisory_lock(?)")) {
            s.setLong(1, KEY);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /**
     * Polls pg_try_advisory_lock until {@code wait} has passed. A blocking pg_advisory_lock would keep a
     * statement, and so a snapshot, open while it waits, and the running apply's CREATE INDEX CONCURRENTLY waits
     * for every older snapshot: the two would deadlock. Between polls this session holds nothing.
     */
    private static boolean lockWithin(Connection connection, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            long left = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            try {
                Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (tryLock(connection)) {
                return true;
            }
        }
        return false;
    }

    /** Who holds the lock, for the message: pid, user, application, client and since when. */
    private static String holder(Connection connection) throws SQLException {
        String sql = """
                SELECT a.pid, a.usename, a.application_name, a.client_addr::text AS client,
                       pg_catalog.to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ') AS since
                FROM pg_catalog.pg_locks l
                JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted
                  AND l.database = (SELECT oid FROM pg_catalog.pg_database
                                    WHERE datname = pg_catalog.current_database())
                  AND l.classid = ? AND l.objid = ? AND l.objsubid = 1
                LIMIT 1""";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, KEY >>> 32);
            s.setLong(2, KEY & 0xffffffffL);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return "its session is no longer visible";
                }
                return "session pid " + rows.getInt("pid") + ", user " + rows.getString("usename")
                        + (rows.getString("application_name").isEmpty() ? ""
                        : ", application " + rows.getString("application_name"))
                        + (rows.getString("client") == null ? "" : ", from " + rows.getString("client"))
                        + ", connected since " + rows.getString("since");
            }
        }
    }

    private static ConvergeException busy(String database, String holder, Duration wait) {
        return new ConvergeException("another apply is running on " + database + " (" + holder + ")"
                + (wait.isZero() ? "" : " and did not finish within " + wait.toSeconds() + "s")
                + "; nothing was changed. Run again when it is done, or wait longer with --wait-for-lock",
                SQLSTATE_LOCK_NOT_AVAILABLE, null);
    }

    @Override
    public void close() {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_catalog.pg_advisory_unlock(?)")) {
            s.setLong(1, KEY);
            s.execute();
        } catch (SQLException ignored) {
            // The session may be gone; PostgreSQL then released the lock with it.
        }
    }
}
