package dev.converge.source;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.converge.error.ConvergeException;
import dev.converge.model.Catalog;
import dev.converge.model.Column;
import dev.converge.model.Constraint;
import dev.converge.model.ConstraintKind;
import dev.converge.model.SqlText;
import dev.converge.model.Table;

/**
 * The current side of {@link CheckReparse}: records, for each current CHECK constraint that matches no desired check
 * of its table, how PostgreSQL prints it after parsing its own print once more.
 *
 * <p>A target built from the user's SQL prints a BETWEEN inside an AND chain, or an IN list on a varchar column, in a
 * form that PostgreSQL prints differently once that form is parsed again (flat AND chains, an array of casts). Inspect
 * writes the first form; a desired state loaded from it prints the second, whose second print is itself. Unless the
 * current check's second print is known too, inspect output never plans clean against the database it came from. The
 * stored expression trees ({@code conbin}) do not help: the two forms are different trees. Both sides' second prints
 * are the same, since a print parsed once more prints itself from then on.
 *
 * <p>The target is only read, so the check is parsed again in a scratch database (on the dev server, which the
 * caller gives the current state's types and functions), on a temporary table with the columns the check names as
 * the current table has them (names, types, collations), NOT VALID, in a transaction that is rolled back. A check
 * PostgreSQL refuses there (it names something the scratch database lacks) keeps its first print only, and
 * compares as before.
 */
public final class CurrentCheckReparse {

    private static final String SCRATCH = "converge_reparse_";

    private CurrentCheckReparse() {
    }

    /** Whether any current check matches no desired check of its table: only then is a scratch database needed. */
    public static boolean needed(Catalog current, Catalog desired) {
        return !candidates(current, desired).isEmpty();
    }

    /** The current catalog with each unmatched check's second print, where it differs from the first. */
    public static Catalog of(Connection scratch, Catalog current, Catalog desired) {
        List<CheckReparse.Candidate> candidates = candidates(current, desired);
        if (candidates.isEmpty()) {
            return current;
        }
        return CheckReparse.withSecondPrints(current, candidates,
                CheckReparse.inChunks(candidates, chunk -> reprintChunk(scratch, chunk)));
    }

    /** Current checks of tables the desired state has too, for which no desired check of that table is the same. */
    private static List<CheckReparse.Candidate> candidates(Catalog current, Catalog desired) {
        List<CheckReparse.Candidate> candidates = new ArrayList<>();
        for (Table table : current.tables()) {
            Optional<Table> wanted = desired.table(table.name());
            if (wanted.isEmpty()) {
                continue;
            }
            List<Constraint> desiredChecks = checks(wanted.get());
            for (Constraint constraint : checks(table)) {
                if (!desiredChecks.isEmpty() && desiredChecks.stream().noneMatch(constraint::sameDefinition)) {
                    candidates.add(new CheckReparse.Candidate(table, constraint, SCRATCH + candidates.size()));
                }
            }
        }
        return candidates;
    }

    private static List<Constraint> checks(Table table) {
        return table.constraints().stream().filter(k -> k.kind() == ConstraintKind.CHECK).toList();
    }

    /** Scratch constraint name -> its print; a check PostgreSQL refuses (or whose table it refuses) is absent. */
    private static Map<String, String> reprintChunk(Connection scratch, List<CheckReparse.Candidate> candidates) {
        try {
            boolean autoCommit = scratch.getAutoCommit();
            scratch.setAutoCommit(false);
            try (Statement s = scratch.createStatement()) {
                // as the inspector prints: every user object schema-qualified, column types as format_type wrote them
                s.execute("SET LOCAL search_path TO ''");
                for (CheckReparse.Candidate c : candidates) {
                    String table = "pg_temp." + SqlText.identifier(c.scratchName());
                    if (attempt(s, createTable(table, c.table(), c.constraint().columns()))) {
                        attempt(s, "ALTER TABLE " + table + " ADD CONSTRAINT " + SqlText.identifier(c.scratchName())
                                + " " + CheckReparse.withoutNotValid(c.constraint().definition()) + " NOT VALID");
                    }
                }
                return printed(s);
            } finally {
                scratch.rollback();
                scratch.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new ConvergeException("re-reading the current check constraints in a scratch database on the dev "
                    + "server: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** A table with the columns the check names, as the current table has them (other columns may not build). */
    private static String createTable(String name, Table table, List<String> named) {
        List<String> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            if (!named.contains(column.name())) {
                continue;
            }
            columns.add(SqlText.identifier(column.name()) + " " + column.type()
                    + (column.collation() == null ? "" : " COLLATE " + column.collation()));
        }
        return "CREATE TEMPORARY TABLE " + name + " (" + String.join(", ", columns) + ")";
    }

    /** Runs {@code sql} under a savepoint: false, and nothing done, when PostgreSQL refuses it. */
    private static boolean attempt(Statement s, String sql) throws SQLException {
        s.execute("SAVEPOINT converge_reparse_one");
        try {
            s.execute(sql);
            s.execute("RELEASE SAVEPOINT converge_reparse_one");
            return true;
        } catch (SQLException refused) {
            s.execute("ROLLBACK TO SAVEPOINT converge_reparse_one");
            return false;
        }
    }

    private static Map<String, String> printed(Statement s) throws SQLException {
        Map<String, String> printed = new HashMap<>();
        try (ResultSet rows = s.executeQuery("SELECT conname, pg_catalog.pg_get_constraintdef(oid) "
                + "FROM pg_catalog.pg_constraint WHERE conname LIKE 'converge\\_reparse\\_%' "
                + "AND connamespace = pg_catalog.pg_my_temp_schema()")) {
            while (rows.next()) {
                printed.put(rows.getString(1), rows.getString(2));
            }
        }
        return printed;
    }
}
