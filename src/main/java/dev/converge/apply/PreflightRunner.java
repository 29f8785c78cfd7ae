package dev.converge.apply;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.converge.error.ConvergeException;
import dev.converge.plan.DataCheck;
import dev.converge.plan.Preflight;
import dev.converge.plan.TableWork;

/**
 * Asks the live data a plan's preflight questions, on the target connection, in one transaction that is always
 * rolled back: the only thing it creates is a pg_temp helper function, which the rollback removes too. Each check
 * runs under a savepoint, so a check that cannot run (say, an expression over a column the plan retypes) is
 * reported as such and does not end the others.
 */
public final class PreflightRunner {

    private static final int SAMPLE_TEXT = 80;

    private final Connection connection;
    private boolean castHelperReady;

    public PreflightRunner(Connection connection) {
        this.connection = connection;
    }

    public PreflightReport run(Preflight preflight) {
        if (preflight.isEmpty()) {
            return PreflightReport.empty();
        }
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<DataFinding> findings = new ArrayList<>();
                if (preflight.checks().stream().anyMatch(c -> c.kind() == DataCheck.Kind.ROWS_OUTSIDE_PARTITIONS)) {
                    execute(DataCheck.ROWS_FIT_HELPER); // before any savepoint, so no rollback removes it
                }
                for (DataCheck check : preflight.checks()) {
                    findings.add(run(check));
                }
                return new PreflightReport(findings, sizes(preflight.tableWork()));
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ConvergeException("checking the data before applying: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private DataFinding run(DataCheck check) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            if (check.probeSql() != null) {
                SQLException probe = probe(check);
                if (probe == null) {
                    return new DataFinding(check, 0, List.of(), null);
                }
                if (!isDataError(probe)) {
                    // E.g. the new type is created by the plan itself: nothing to convert to yet.
                    connection.rollback(savepoint);
                    return new DataFinding(check, -1, List.of(), probe.getMessage() + " [SQLSTATE "
                            + probe.getSQLState() + "]");
                }
            }
            if (check.probeSql() != null && !castHelperReady) {
                execute(DataCheck.CAST_HELPER);
                castHelperReady = true;
            }
            long count = count(check.countSql());
            List<String> sample = count > 0 && check.sampleSql() != null ? sample(check.sampleSql()) : List.of();
            connection.releaseSavepoint(savepoint);
            return new DataFinding(check, count, sample, null);
        } catch (SQLException e) {
            connection.rollback(savepoint);
            castHelperReady = false;
            return new DataFinding(check, -1, List.of(), e.getMessage() + " [SQLSTATE " + e.getSQLState() + "]");
        }
    }

    /** The probe is the cheap form of the check: it fails exactly when some value would be found. */
    private SQLException probe(DataCheck check) throws SQLException {
        Savepoint probe = connection.setSavepoint();
        try {
            count(check.probeSql());
            connection.releaseSavepoint(probe);
            return null;
        } catch (SQLException e) {
            connection.rollback(probe);
            return e;
        }
    }

    /** SQLSTATE classes 22 (data exception: invalid input, out of range...) and 23 (a domain's check). */
    private static boolean isDataError(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23"));
    }

    private List<TableSize> sizes(List<TableWork> work) throws SQLException {
        Map<String, long[]> known = new LinkedHashMap<>();
        List<TableSize> sizes = new ArrayList<>();
        String sql = "SELECT c.reltuples::bigint, pg_catalog.pg_total_relation_size(c.oid) FROM pg_catalog.pg_class c"
                + " WHERE c.oid = pg_catalog.to_regclass(?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (TableWork w : work) {
                String name = dev.converge.model.SqlText.qualified(w.table());
                long[] size = known.get(name);
                if (size == null) {
                    statement.setString(1, name);
                    try (ResultSet rows = statement.executeQuery()) {
                        size = rows.next() ? new long[] {rows.getLong(1), rows.getLong(2)} : null;
                    }
                    if (size == null) {
                        continue;
                    }
                    known.put(name, size);
                }
                sizes.add(new TableSize(w, size[0], size[1]));
            }
        }
        return sizes;
    }

    private long count(String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private List<String> sample(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String value = rows.getString(1);
                values.add(value == null ? "NULL" : shorten(value));
            }
        }
        return values;
    }

    private void execute(String sql) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String shorten(String value) {
        return value.length() <= SAMPLE_TEXT ? value : value.substring(0, SAMPLE_TEXT) + "...";
    }
}
