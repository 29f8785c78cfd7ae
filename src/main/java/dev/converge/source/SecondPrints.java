package dev.converge.source;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.converge.error.ConvergeException;
import dev.converge.model.SqlText;

/**
 * Asks PostgreSQL for the {@link SecondPrint}s of a list of prints: key -> what it prints, absent where it refused.
 *
 * <p>In transactions of {@value #CHUNK} prints, each rolled back: every scratch object locks something until the
 * rollback, and a whole schema's expressions in one transaction would run out of lock slots
 * ({@code max_locks_per_transaction}). A chunk's statements go in one round trip; only when PostgreSQL refuses one
 * are they run again one print at a time under savepoints, so that one refusal costs only its own second print. The
 * prints are read back in one query.
 */
public final class SecondPrints {

    private static final int CHUNK = 200;

    private SecondPrints() {
    }

    /** Key -> second print; {@code what} says, in an error, what was being read again and where. */
    public static Map<String, String> of(Connection connection, List<SecondPrint> prints, String what) {
        Map<String, String> printed = new HashMap<>();
        try {
            for (int from = 0; from < prints.size(); from += CHUNK) {
                printed.putAll(chunk(connection, prints.subList(from, Math.min(prints.size(), from + CHUNK))));
            }
        } catch (SQLException e) {
            throw new ConvergeException(what + ": " + e.getMessage(), e.getSQLState(), e);
        }
        return printed;
    }

    private static Map<String, String> chunk(Connection connection, List<SecondPrint> prints) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            // as the inspector prints: every user object schema-qualified, types as format_type wrote them
            s.execute("SET LOCAL search_path TO ''");
            s.execute("SAVEPOINT converge_reparse_all");
            try {
                // PostgreSQL runs a multi-statement string in the open transaction
                s.execute(String.join(";\n", prints.stream().flatMap(p -> p.statements().stream()).toList()));
            } catch (SQLException oneRefused) {
                s.execute("ROLLBACK TO SAVEPOINT converge_reparse_all");
                for (SecondPrint print : prints) {
                    attempt(s, String.join(";\n", print.statements()));
                }
            }
            return read(s, prints);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Runs {@code sql} under a savepoint: nothing done when PostgreSQL refuses it. */
    private static void attempt(Statement s, String sql) throws SQLException {
        s.execute("SAVEPOINT converge_reparse_one");
        try {
            s.execute(sql);
            s.execute("RELEASE SAVEPOINT converge_reparse_one");
        } catch (SQLException refused) {
            s.execute("ROLLBACK TO SAVEPOINT converge_reparse_one");
        }
    }

    private static Map<String, String> read(Statement s, List<SecondPrint> prints) throws SQLException {
        String query = String.join("\nUNION ALL ", prints.stream()
                .map(p -> "SELECT " + SqlText.literal(p.key()) + ", (" + p.probe() + ")").toList());
        Map<String, String> printed = new HashMap<>();
        try (ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                if (rows.getString(2) != null) {
                    printed.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return printed;
    }
}
