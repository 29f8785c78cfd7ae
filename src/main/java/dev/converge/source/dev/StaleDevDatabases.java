package dev.converge.source.dev;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the dev databases that runs on this host created and could not drop because they were killed (SIGKILL,
 * a crash, the machine's OOM killer): only those whose recorded creator ({@link DevDatabaseOwner}) is gone, that
 * nobody is connected to, and that this user may drop. A live run's dev database always has its loading
 * connection, and its creator is alive, so it is never touched. Cleaning up is a courtesy: any failure leaves the
 * database where it is and the run goes on.
 */
final class StaleDevDatabases {

    private static final String CANDIDATES = """
            SELECT d.datname, pg_catalog.shobj_description(d.oid, 'pg_database')
            FROM pg_catalog.pg_database d
            WHERE d.datname ~ '^converge_dev_[0-9a-f]{16}$'
              AND pg_catalog.pg_has_role(d.datdba, 'MEMBER')
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.datid = d.oid)
            ORDER BY d.datname
            """;

    private StaleDevDatabases() {
    }

    /** Drops the stale dev databases visible on {@code server}'s connection; returns their names. */
    static List<String> drop(Connection server) {
        String thisHost = DevDatabaseOwner.hostName();
        List<String> dropped = new ArrayList<>();
        try (PreparedStatement query = server.prepareStatement(CANDIDATES); ResultSet rows = query.executeQuery()) {
            List<String> stale = new ArrayList<>();
            while (rows.next()) {
                if (DevDatabaseOwner.parse(rows.getString(2)).map(o -> o.isGoneFrom(thisHost)).orElse(false)) {
                    stale.add(rows.getString(1));
                }
            }
            for (String name : stale) {
                if (dropQuietly(server, name)) {
                    dropped.add(name);
                }
            }
        } catch (SQLException e) {
            // Not being able to look is no reason to fail the run: the leftovers stay, as they would have.
        }
        return dropped;
    }

    /**
     * Without FORCE: a session that connected since the query makes the drop fail, and the database stays. The
     * name matched {@code [0-9a-f]} only, so quoting it needs no escaping.
     */
    private static boolean dropQuietly(Connection server, String name) {
        try (Statement s = server.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
