package dev.converge.apply;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.converge.error.ConvergeException;
import dev.converge.model.QualifiedName;
import dev.converge.model.SqlText;
import dev.converge.plan.Plan;
import dev.converge.plan.Statement;

/**
 * The apply history table on the target ({@code converge.history} by default). A run is recorded as
 * {@code running} in its own committed transaction before the first statement, and updated when it ends, so a run
 * that was killed stays visible; its backend pid and start time tell a run still going from an interrupted one.
 * What is stored: times, database and OS user, client host, tool version, the plan's SHA-256, the statements, their
 * durations, the outcome and the error. Never a password: nothing stored comes from the connection URL.
 */
public final class HistoryJournal {

    public static final String DEFAULT_SCHEMA = "converge";
    static final String TABLE = "history";

    private final Connection connection;
    private final QualifiedName table;

    public HistoryJournal(Connection connection, String schema) {
        this.connection = connection;
        this.table = QualifiedName.of(schema, TABLE);
    }

    /** Who runs the apply and with what: the parts of a history row that do not come from the database. */
    public record Run(String osUser, String clientHost, String toolVersion) {
    }

    /**
     * Creates the schema and table when missing; PostgreSQL's IF NOT EXISTS makes concurrent first runs safe. What
     * exists is not created again: CREATE SCHEMA checks the CREATE privilege on the database before IF NOT EXISTS,
     * so a role without it could otherwise never record a run, not even in a schema a DBA made for it.
     */
    public void ensureTable() {
        if (exists("to_regclass", SqlText.qualified(table))) {
            return;
        }
        boolean schemaExists = exists("to_regnamespace", SqlText.identifier(table.schema()));
        String sql = "CREATE TABLE IF NOT EXISTS " + SqlText.qualified(table) + " (\n"
                + "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                + "    started_at timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),\n"
                + "    finished_at timestamptz,\n"
                + "    database_user text NOT NULL DEFAULT CURRENT_USER,\n"
                + "    os_user text,\n"
                + "    client_host text,\n"
                + "    tool_version text,\n"
                + "    plan_hash text NOT NULL,\n"
                + "    statements text[] NOT NULL,\n"
                + "    durations_ms bigint[],\n"
                + "    outcome text NOT NULL CHECK (outcome IN ('running', 'succeeded', 'failed', 'cancelled')),\n"
                + "    error text,\n"
                + "    backend_pid integer NOT NULL DEFAULT pg_catalog.pg_backend_pid(),\n"
                + "    backend_start timestamptz\n"
                + ")";
        for (int attempt = 1; ; attempt++) {
            try {
                withAutoCommit(() -> {
                    if (!schemaExists) {
                        execute("CREATE SCHEMA IF NOT EXISTS " + SqlText.identifier(table.schema()));
                    }
                    execute(sql);
                });
                return;
            } catch (SQLException e) {
                // Two first runs at once can both pass IF NOT EXISTS; the loser sees a unique violation.
                if (attempt < 3 && "23505".equals(e.getSQLState())) {
                    continue;
                }
                throw new ConvergeException("creating the history table " + table + ": " + e.getMessage()
                        + " [SQLSTATE " + e.getSQLState() + "] (grant CREATE on the database, or create the schema "
                        + table.schema() + " for this user, choose another schema with --history-schema, or pass "
                        + "--no-history)", e.getSQLState(), e);
            }
        }
    }

    /** {@code pg_catalog.<function>(name) IS NOT NULL}: to_regclass or to_regnamespace, which never raise. */
    private boolean exists(String function, String name) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT pg_catalog." + function + "(?) IS NOT NULL")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new ConvergeException("looking for the history table " + table + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    /** Inserts the run as {@code running} and commits, before any statement of the plan runs. */
    public long start(Plan plan, Run run) {
        String sql = "INSERT INTO " + SqlText.qualified(table) + " (os_user, client_host, tool_version, plan_hash,"
                + " statements, outcome, backend_start) VALUES (?, ?, ?, ?, ?, 'running', (SELECT a.backend_start"
                + " FROM pg_catalog.pg_stat_activity a WHERE a.pid = pg_catalog.pg_backend_pid())) RETURNING id";
        long[] id = new long[1];
        try {
            withAutoCommit(() -> {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setString(1, run.osUser());
                    insert.setString(2, run.clientHost());
                    insert.setString(3, run.toolVersion());
                    insert.setString(4, planHash(plan));
                    insert.setArray(5, connection.createArrayOf("text",
                            plan.statements().stream().map(Statement::sql).toArray()));
                    try (ResultSet rows = insert.executeQuery()) {
                        rows.next();
                        id[0] = rows.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new ConvergeException("recording the apply in " + table + ": " + e.getMessage(), e.getSQLState(), e);
        }
        return id[0];
    }

    /** Records the end of a run; {@code error} is null when it succeeded. */
    public void finish(long id, List<Long> durationsMillis, String error) {
        finish(id, durationsMillis, error == null ? "succeeded" : "failed", error);
    }

    /** Records a run the user interrupted; {@code report} says what was committed and what was not. */
    public void finishCancelled(long id, List<Long> durationsMillis, String report) {
        try {
            finish(id, durationsMillis, "cancelled", report);
        } catch (ConvergeException e) {
            // A table made before 'cancelled' existed refuses the value (check_violation): record it as failed.
            if (!"23514".equals(e.sqlState())) {
                throw e;
            }
            finish(id, durationsMillis, "failed", report);
        }
    }

    private void finish(long id, List<Long> durationsMillis, String outcome, String error) {
        String sql = "UPDATE " + SqlText.qualified(table) + " SET finished_at = pg_catalog.clock_timestamp(),"
                + " durations_ms = ?, outcome = ?, error = ? WHERE id = ?";
        try {
            withAutoCommit(() -> {
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    update.setArray(1, connection.createArrayOf("bigint", durationsMillis.toArray()));
                    update.setString(2, outcome);
                    update.setString(3, error);
                    update.setLong(4, id);
                    update.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new ConvergeException("recording the end of apply run " + id + " in " + table + ": "
                    + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** The latest runs, newest first; an empty list when the table does not exist (nothing was ever recorded). */
    public List<HistoryEntry> list(int limit) {
        String sql = "SELECT h.id, h.started_at, h.finished_at, h.database_user, h.os_user, h.client_host,"
                + " h.tool_version, h.plan_hash, h.statements, h.durations_ms, CASE WHEN h.outcome = 'running'"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.pid = h.backend_pid"
                + " AND a.backend_start IS NOT DISTINCT FROM h.backend_start) THEN 'interrupted' ELSE h.outcome END,"
                + " h.error FROM " + SqlText.qualified(table) + " h ORDER BY h.id DESC LIMIT ?";
        List<HistoryEntry> entries = new ArrayList<>();
        try {
            if (!exists()) {
                return entries;
            }
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new HistoryEntry(rows.getLong(1), rows.getObject(2, OffsetDateTime.class),
                                rows.getObject(3, OffsetDateTime.class), rows.getString(4), rows.getString(5),
                                rows.getString(6), rows.getString(7), rows.getString(8), texts(rows.getArray(9)),
                                longs(rows.getArray(10)), rows.getString(11), rows.getString(12)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new ConvergeException("reading the apply history " + table + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
        return entries;
    }

    private boolean exists() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_catalog.to_regclass(?) IS NOT NULL")) {
            query.setString(1, SqlText.qualified(table));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }

    /** SHA-256 of the statements, each followed by a semicolon and a newline: what identifies a plan. */
    public static String planHash(Plan plan) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Statement statement : plan.statements()) {
                digest.update((statement.sql() + ";\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private interface Work {
        void run() throws SQLException;
    }

    /** History rows commit on their own, whatever state the plan's execution left the session in. */
    private void withAutoCommit(Work work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try {
            work.run();
        } finally {
            if (!autoCommit) {
                connection.setAutoCommit(false);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> texts(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add((String) value);
        }
        return values;
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(((Number) value).longValue());
        }
        return values;
    }
}
