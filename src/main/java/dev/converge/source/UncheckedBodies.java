package dev.converge.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Routines that only load as pg_dump loads them, with {@code check_function_bodies = off}: a SQL function whose
 * body reads a table that itself needs the function (a default, a check, a domain), so that neither statement can
 * run first with the body checked. When the loader's rounds stop making progress, the routine definitions among the
 * stuck statements are run once more with the body check off; each that is created is remembered, and once
 * everything else has loaded its body is checked after all, by its language's validator (what CREATE FUNCTION
 * would have run), so a real error in a body is still reported at its statement. A desired state that sets
 * {@code check_function_bodies = off} itself is taken at its word: nothing is checked then.
 */
final class UncheckedBodies {

    /** The routines created in the current transaction and their language's validator. */
    private static final String CREATED_HERE = """
            SELECT p.oid, pg_catalog.quote_ident(vn.nspname) || '.' || pg_catalog.quote_ident(v.proname)
            FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang
            JOIN pg_catalog.pg_proc v ON v.oid = l.lanvalidator
            JOIN pg_catalog.pg_namespace vn ON vn.oid = v.pronamespace
            WHERE p.xmin::text = (pg_catalog.txid_current() % 4294967296)::text""";

    private record Created(SqlStatement statement, long oid, String validator) {
    }

    private final Connection dev;
    private final List<Created> created = new ArrayList<>();

    UncheckedBodies(Connection dev) {
        this.dev = dev;
    }

    /** Whether {@code statement} defines a function or procedure (whose body PostgreSQL checks when created). */
    static boolean isRoutine(SqlStatement statement) {
        String[] words = statement.sql().strip().toLowerCase(Locale.ROOT).split("\\s+", 5);
        int kind = words.length > 3 && words[1].equals("or") && words[2].equals("replace") ? 3 : 1;
        return words.length > kind && words[0].equals("create")
                && (words[kind].startsWith("function") || words[kind].startsWith("procedure"));
    }

    /**
     * Runs each of {@code routines} with the body check off, each in its own transaction; returns those that still
     * failed (they failed for a reason other than their body).
     */
    List<SqlStatement> runUnchecked(List<SqlStatement> routines) throws SQLException {
        List<SqlStatement> failed = new ArrayList<>();
        if (!checking()) {
            return routines;
        }
        boolean autoCommit = dev.getAutoCommit();
        dev.setAutoCommit(false);
        try (Statement jdbc = dev.createStatement()) {
            jdbc.setEscapeProcessing(false);
            for (SqlStatement routine : routines) {
                jdbc.execute("SET LOCAL check_function_bodies = off");
                try {
                    jdbc.execute(routine.sql());
                    try (ResultSet rs = jdbc.executeQuery(CREATED_HERE)) {
                        while (rs.next()) {
                            created.add(new Created(routine, rs.getLong(1), rs.getString(2)));
                        }
                    }
                    dev.commit();
                } catch (SQLException e) {
                    dev.rollback();
                    failed.add(routine);
                }
            }
        } finally {
            dev.setAutoCommit(autoCommit);
        }
        return failed;
    }

    /**
     * Checks the bodies of the routines created unchecked, now that everything they may mention exists.
     *
     * @param failure builds the error to throw for a statement whose body is wrong
     */
    void checkAll(BiFunction<SqlStatement, SQLException, RuntimeException> failure) throws SQLException {
        for (Created routine : created) {
            try (PreparedStatement check = dev.prepareStatement("SELECT " + routine.validator() + "(?::oid)")) {
                check.setLong(1, routine.oid());
                check.execute();
            } catch (SQLException e) {
                throw failure.apply(routine.statement(), e);
            }
        }
        created.clear();
    }

    /** Whether the session checks bodies; a desired state that turned it off asked for no check. */
    private boolean checking() throws SQLException {
        try (Statement jdbc = dev.createStatement(); ResultSet rs = jdbc.executeQuery("SHOW check_function_bodies")) {
            return rs.next() && rs.getString(1).equals("on");
        }
    }
}
