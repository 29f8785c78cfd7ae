package dev.converge.source.dev;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.model.SqlText;

/**
 * The private servers of this JVM, one per release, each started on first use and shared by every run in the JVM
 * (the targets of a multi-target run, the tests of a test run); each run works in a dev database of its own, so
 * sharing is safe. They are stopped when the JVM exits. Keeping a server across JVMs (commands) would save its
 * start-up (a fraction of a second after the first run) at the price of a daemon nobody stops; not worth it.
 */
public final class PrivatePostgres {

    private static final Map<String, EmbeddedPostgres> RUNNING = new HashMap<>();
    private static final Map<EmbeddedPostgres, Set<String>> ROLES = new HashMap<>();

    private PrivatePostgres() {
    }

    /** The running server of {@code release}, started now if there is none (or it died). */
    public static synchronized EmbeddedPostgres of(PostgresRelease release, Consumer<String> notice) {
        EmbeddedPostgres running = RUNNING.get(release.version());
        if (running != null && running.isAlive()) {
            return running;
        }
        EmbeddedPostgres started = EmbeddedPostgres.start(release, notice);
        RUNNING.put(release.version(), started);
        return started;
    }

    /** Stops every private server of this JVM now (a test that needs a fresh start); later calls start anew. */
    public static synchronized void stopAll() {
        RUNNING.values().forEach(EmbeddedPostgres::close);
        RUNNING.clear();
        synchronized (ROLES) {
            ROLES.clear();
        }
    }

    /**
     * Where the desired state is loaded as the target's role would load it: {@code loadingRole} (the target
     * connection's user, so that ownership, and the grants PostgreSQL shows relative to the owner, come out as on
     * the target) as a superuser that may log in, and every other role of the target's server as a role without login,
     * so that GRANT, OWNER TO and policies naming them load. Roles already there are left alone.
     *
     * @return the server's {@code postgres} database as {@code loadingRole}
     */
    public static ConnectionSpec as(EmbeddedPostgres server, String loadingRole, Collection<String> otherRoles) {
        synchronized (server) {
            Set<String> known;
            synchronized (ROLES) {
                known = ROLES.computeIfAbsent(server, s -> new HashSet<>());
            }
            Set<String> wanted = new TreeSet<>(otherRoles);
            wanted.add(loadingRole);
            wanted.removeAll(known);
            if (!wanted.isEmpty()) {
                create(server, loadingRole, wanted, known);
            }
        }
        return server.spec(loadingRole);
    }

    private static void create(EmbeddedPostgres server, String loadingRole, Set<String> wanted, Set<String> known) {
        try (Connection c = server.spec().open(); Statement s = c.createStatement()) {
            Set<String> existing = new HashSet<>();
            try (ResultSet rows = s.executeQuery("SELECT rolname FROM pg_catalog.pg_roles")) {
                while (rows.next()) {
                    existing.add(rows.getString(1));
                }
            }
            StringBuilder sql = new StringBuilder();
            for (String role : wanted) {
                if (role.startsWith("pg_")) {
                    continue; // predefined roles come with the server (same major, same set)
                }
                String quoted = SqlText.identifier(role);
                if (!existing.contains(role)) {
                    sql.append("CREATE ROLE ").append(quoted).append(role.equals(loadingRole) ? " LOGIN SUPERUSER"
                            : " NOLOGIN").append(";\n");
                } else if (role.equals(loadingRole)) {
                    sql.append("ALTER ROLE ").append(quoted).append(" LOGIN SUPERUSER;\n");
                }
            }
            if (!sql.isEmpty()) {
                s.execute(sql.toString());
            }
            known.addAll(wanted);
        } catch (SQLException e) {
            throw new ConvergeException("creating the target's roles on " + server + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
