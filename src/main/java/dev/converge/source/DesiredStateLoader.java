package dev.converge.source;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import dev.converge.error.DesiredStateException;
import dev.converge.source.dev.DevDatabase;

/**
 * Runs the desired state's statements in the dev database without making the user order files or statements.
 * Each statement runs on its own in autocommit; one that fails only because something it references does not
 * exist yet is deferred and retried after the others, in rounds, until all have run or a round makes no
 * progress. Statements run in file order within a round, on the one connection, so a session setting such as
 * {@code SET search_path} affects the statements after it (and, in later rounds, the deferred ones too).
 *
 * <p>Speed: a round trip and a commit per statement dominate the load of a large desired state (tens of thousands
 * of statements), so the first round sends consecutive statements in batches, joined into one string that runs
 * as one implicit transaction. A batch that fails changes nothing (its transaction is rolled back) and is run again
 * statement by statement, which finds the deferrable ones and reports a real error exactly as before; the retry
 * rounds always run statement by statement. Commits do not wait for the WAL flush: the dev database is thrown
 * away, so durability would only cost time. When a round makes no progress, the stuck function and procedure
 * definitions get one more chance with their bodies checked only at the end ({@link UncheckedBodies}), as pg_dump
 * loads them.
 */
public final class DesiredStateLoader {

    /** SQLSTATEs that mean "it references something that does not exist (yet)". */
    private static final Set<String> UNDEFINED = Set.of(
            "42P01", // undefined_table
            "42704", // undefined_object (types among others)
            "3F000", // invalid_schema_name
            "42883", // undefined_function
            "42703"); // undefined_column
    /** invalid_foreign_key: the referenced table exists but its unique constraint is defined later. */
    private static final String INVALID_FOREIGN_KEY = "42830";
    private static final int OTHERS_SHOWN = 5;
    /**
     * At most this many statements per batch: few enough that one batch's locks fit PostgreSQL's lock table
     * ({@code max_locks_per_transaction}, 64 per connection by default, and a table with its indexes takes a few),
     * many enough that round trips and commits stop mattering.
     */
    private static final int BATCH_STATEMENTS = 100;
    /** And at most this many characters, so that a batch of large function bodies stays a modest message. */
    private static final int BATCH_CHARS = 256 * 1024;

    private final Connection dev;

    /** The loader uses but does not own {@code dev}: the caller closes it. */
    public DesiredStateLoader(Connection dev) {
        this.dev = dev;
    }

    /** How many statements ran and in how many rounds (1 when the files were already in dependency order). */
    public record LoadResult(int statements, int rounds) {
    }

    /** A statement and why it failed in the current round. */
    private record Failure(SqlStatement statement, SQLException error) {
    }

    /**
     * Runs every statement, deferring and retrying those whose references do not exist yet.
     *
     * @throws DesiredStateException for the first statement (in file order) that fails for another reason, or
     *     that still fails when a round makes no progress: {@code loading file:line:col: message (SQLSTATE x)}
     */
    public LoadResult load(List<SqlStatement> statements) {
        try {
            boolean autoCommit = dev.getAutoCommit();
            dev.setAutoCommit(true);
            try (Statement jdbc = dev.createStatement()) {
                // Escape processing would rewrite {fn ...} and shift PostgreSQL's error positions.
                jdbc.setEscapeProcessing(false);
                jdbc.execute("SET synchronous_commit = off");
                return runRounds(jdbc, statements);
            } finally {
                // A connection the server ended is closed: restoring would hide why with "connection closed".
                if (!dev.isClosed()) {
                    dev.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException e) {
            throw new DesiredStateException("loading the desired state: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private LoadResult runRounds(Statement jdbc, List<SqlStatement> statements) throws SQLException {
        UncheckedBodies unchecked = new UncheckedBodies(dev);
        List<SqlStatement> pending = statements;
        int rounds = 0;
        while (!pending.isEmpty()) {
            rounds++;
            List<Failure> deferred = rounds == 1 ? runBatched(jdbc, pending) : runRound(jdbc, pending);
            if (deferred.size() == pending.size()) {
                deferred = withoutBodyChecks(unchecked, deferred);
            }
            pending = deferred.stream().map(Failure::statement).toList();
        }
        unchecked.checkAll((statement, e) -> failure(statement, e, " (checked after the other statements loaded)"));
        return new LoadResult(statements.size(), rounds);
    }

    /**
     * No progress: the stuck routine definitions are run with their bodies unchecked (see {@link UncheckedBodies});
     * when none of them can, the load has failed.
     */
    private static List<Failure> withoutBodyChecks(UncheckedBodies unchecked, List<Failure> stuck)
            throws SQLException {
        List<SqlStatement> routines = stuck.stream().map(Failure::statement).filter(UncheckedBodies::isRoutine)
                .toList();
        List<SqlStatement> stillFailing = unchecked.runUnchecked(routines);
        if (stillFailing.size() == routines.size()) {
            throw noProgress(stuck);
        }
        return stuck.stream().filter(f -> !UncheckedBodies.isRoutine(f.statement())
                || stillFailing.contains(f.statement())).toList();
    }

    /**
     * Like {@link #runRound}, but sends the statements in batches; a batch that fails is run again one statement
     * at a time.
     */
    private static List<Failure> runBatched(Statement jdbc, List<SqlStatement> pending) {
        List<Failure> deferred = new ArrayList<>();
        int from = 0;
        while (from < pending.size()) {
            int to = batchEnd(pending, from);
            List<SqlStatement> batch = pending.subList(from, to);
            if (batch.size() == 1 || !runAsOne(jdbc, batch)) {
                deferred.addAll(runRound(jdbc, batch));
            }
            from = to;
        }
        return deferred;
    }

    private static int batchEnd(List<SqlStatement> pending, int from) {
        int to = from;
        int chars = 0;
        while (to < pending.size() && to - from < BATCH_STATEMENTS
                && (to == from || chars + pending.get(to).sql().length() <= BATCH_CHARS)) {
            chars += pending.get(to).sql().length();
            to++;
        }
        return to;
    }

    /**
     * Runs the batch as one implicit transaction; false (and nothing changed) if any statement failed. The newline
     * before each semicolon ends a trailing line comment of the statement before it. A batch that failed because
     * the connection ended is not retried: one statement at a time would only report "connection closed" for the
     * first of them, hiding the server's reason.
     */
    private static boolean runAsOne(Statement jdbc, List<SqlStatement> batch) {
        StringBuilder sql = new StringBuilder();
        for (SqlStatement statement : batch) {
            sql.append(statement.sql()).append("\n;\n");
        }
        try {
            jdbc.execute(sql.toString());
            return true;
        } catch (SQLException e) {
            if (DevDatabase.connectionEnded(e.getSQLState())) {
                throw new DesiredStateException("loading the statements from " + batch.get(0).location() + " to "
                        + batch.get(batch.size() - 1).location() + ": " + message(e), e.getSQLState(), e);
            }
            return false;
        }
    }

    /** Runs {@code pending} in order; returns the deferred ones, throws at the first real error. */
    private static List<Failure> runRound(Statement jdbc, List<SqlStatement> pending) {
        List<Failure> deferred = new ArrayList<>();
        for (SqlStatement statement : pending) {
            try {
                jdbc.execute(statement.sql());
            } catch (SQLException e) {
                if (!isDeferrable(e)) {
                    throw failure(statement, e, "");
                }
                deferred.add(new Failure(statement, e));
            }
        }
        return deferred;
    }

    private static boolean isDeferrable(SQLException e) {
        String state = e.getSQLState();
        return state != null && (UNDEFINED.contains(state) || state.equals(INVALID_FOREIGN_KEY));
    }

    /**
     * The statements left are reported causes first ({@link RootCauses}): the first cause in file order leads, the
     * other causes follow, then, marked as such, the statements that failed only because of them.
     */
    private static DesiredStateException noProgress(List<Failure> left) {
        RootCauses.Split<Failure> split = RootCauses.split(left, Failure::statement, Failure::error);
        List<Failure> ordered = new ArrayList<>(split.causes());
        ordered.addAll(split.consequences());
        StringBuilder others = new StringBuilder();
        for (int i = 1; i < ordered.size() && i <= OTHERS_SHOWN; i++) {
            Failure f = ordered.get(i);
            others.append(i < split.causes().size() ? "\n  also failing: " : "\n  also failing, as a consequence: ")
                    .append(where(f.statement(), f.error())).append(": ").append(message(f.error()));
        }
        if (ordered.size() > OTHERS_SHOWN + 1) {
            others.append("\n  and ").append(ordered.size() - OTHERS_SHOWN - 1).append(" more");
        }
        Failure first = ordered.get(0);
        return failure(first.statement(), first.error(), others.toString());
    }

    private static DesiredStateException failure(SqlStatement statement, SQLException e, String more) {
        String text = "loading " + where(statement, e) + ": " + message(e) + hint(e.getSQLState()) + more;
        return new DesiredStateException(text, e.getSQLState(), e);
    }

    /** The error's position in the file when PostgreSQL gives one, else the statement's start. */
    private static String where(SqlStatement statement, SQLException e) {
        ServerErrorMessage server = serverMessage(e);
        if (server != null && server.getPosition() > 0) {
            return statement.location(server.getPosition());
        }
        return statement.location();
    }

    /** PostgreSQL's own message without pgjdbc's "ERROR:" and "Position:" decoration, and the SQLSTATE. */
    private static String message(SQLException e) {
        ServerErrorMessage server = serverMessage(e);
        String text = server != null && server.getMessage() != null ? server.getMessage() : e.getMessage();
        return text + " (SQLSTATE " + e.getSQLState() + ")";
    }

    private static String hint(String sqlState) {
        if (sqlState != null && UNDEFINED.contains(sqlState)) {
            return " (create it in the desired state, or check its schema)";
        }
        if (INVALID_FOREIGN_KEY.equals(sqlState)) {
            return " (the referenced columns need a primary key or unique constraint in the desired state)";
        }
        return "";
    }

    private static ServerErrorMessage serverMessage(SQLException e) {
        return e instanceof PSQLException p ? p.getServerErrorMessage() : null;
    }
}
