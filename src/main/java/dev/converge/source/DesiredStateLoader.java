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

/**
 * Runs the desired state's statements in the dev database without making the user order files or statements.
 * Each statement runs on its own in autocommit; one that fails only because something it references does not
 * exist yet is deferred and retried after the others, in rounds, until all have run or a round makes no
 * progress. Statements run in file order within a round, on the one connection, so a session setting such as
 * {@code SET search_path} affects the statements after it (and, in later rounds, the deferred ones too).
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
                return runRounds(jdbc, statements);
            } finally {
                dev.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DesiredStateException("loading the desired state: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    private LoadResult runRounds(Statement jdbc, List<SqlStatement> statements) {
        List<SqlStatement> pending = statements;
        int rounds = 0;
        while (!pending.isEmpty()) {
            rounds++;
            List<Failure> deferred = runRound(jdbc, pending);
            if (deferred.size() == pending.size()) {
                throw noProgress(deferred);
            }
            pending = deferred.stream().map(Failure::statement).toList();
        }
        return new LoadResult(statements.size(), rounds);
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
     * The first of the statements left is reported; the others follow, briefly, because the first may only be
     * a consequence of a later one (a view over a table whose column type does not exist).
     */
    private static DesiredStateException noProgress(List<Failure> left) {
        StringBuilder others = new StringBuilder();
        for (int i = 1; i < left.size() && i <= OTHERS_SHOWN; i++) {
            Failure f = left.get(i);
            others.append("\n  also failing: ").append(where(f.statement(), f.error())).append(": ")
                    .append(message(f.error()));
        }
        if (left.size() > OTHERS_SHOWN + 1) {
            others.append("\n  and ").append(left.size() - OTHERS_SHOWN - 1).append(" more");
        }
        Failure first = left.get(0);
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
