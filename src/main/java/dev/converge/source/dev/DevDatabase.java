package dev.converge.source.dev;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.postgresql.util.PSQLException;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.error.DevDatabaseException;

/**
 * A temporary, empty database into which the desired state is loaded so that PostgreSQL itself normalises it
 * (the catalogs are then read back exactly as from the live database). It is created from {@code template0}, so
 * nothing added to {@code template1} leaks into the desired state, and dropped on {@link #close()} or, if the
 * JVM is interrupted (Ctrl-C), by a shutdown hook, so that no {@code converge_dev_*} database is left behind. A
 * SIGKILL runs no hook; for that, the database's comment records its creator ({@link DevDatabaseOwner}), and the next
 * run that creates a dev database on the server drops those whose creator on this host is gone.
 */
public final class DevDatabase implements AutoCloseable {

    private static final String PREFIX = "converge_dev_";
    private static final String ELSEWHERE = "or pass --dev-db URL naming a server where it may create databases";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConnectionSpec server;
    private final String name;
    private final boolean onPrivateServer;
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final Thread shutdownHook;
    private List<String> droppedStale = List.of();

    private DevDatabase(ConnectionSpec server, String name, boolean onPrivateServer) {
        this.server = server;
        this.name = name;
        this.onPrivateServer = onPrivateServer;
        this.shutdownHook = new Thread(this::dropQuietly, "converge-drop-" + name);
    }

    /**
     * Creates {@code converge_dev_<16 random hex>} on the server of {@code server}, connecting to that spec's own
     * database to issue {@code CREATE DATABASE}.
     *
     * @throws ConvergeException naming the server (never the password), PostgreSQL's message and a remedy
     */
    public static DevDatabase createOn(ConnectionSpec server) {
        return createOn(server, false);
    }

    /**
     * On a private server ({@link PrivatePostgres}), which nobody else uses and which is stopped with its data when
     * the JVM ends, however it ends: no creator comment, no search for databases of killed runs, no shutdown hook.
     */
    public static DevDatabase createOnPrivate(ConnectionSpec server) {
        return createOn(server, true);
    }

    private static DevDatabase createOn(ConnectionSpec server, boolean onPrivateServer) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        DevDatabase db = new DevDatabase(server, PREFIX + HexFormat.of().formatHex(random), onPrivateServer);
        db.create();
        return db;
    }

    /** Where to connect to the dev database: the server's spec with the dev database's name. */
    public ConnectionSpec spec() {
        return server.withDatabase(name);
    }

    public String name() {
        return name;
    }

    /** The dev databases of killed runs on this host that were dropped before this one was created. */
    public List<String> droppedStale() {
        return droppedStale;
    }

    /**
     * A SIGKILL between CREATE and COMMENT leaves a database without a creator; it is never dropped automatically
     * (a window of one round trip, against the whole load for a database without the comment).
     */
    private void create() {
        // The hook goes first: a Ctrl-C between CREATE and addShutdownHook would otherwise leak the database.
        if (!onPrivateServer) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        boolean created = false;
        try (Connection c = server.open(); Statement s = c.createStatement()) {
            if (onPrivateServer) {
                s.execute("CREATE DATABASE " + quoted() + " TEMPLATE template0");
                return;
            }
            droppedStale = StaleDevDatabases.drop(c);
            s.execute("CREATE DATABASE " + quoted() + " TEMPLATE template0");
            created = true;
            s.execute("COMMENT ON DATABASE " + quoted() + " IS '"
                    + DevDatabaseOwner.current().comment().replace("'", "''") + "'");
        } catch (SQLException e) {
            removeHook();
            if (created) {
                dropQuietly();
            }
            String reason = server.redact(postgresMessage(e));
            String remedy = remedy(e.getSQLState());
            throw new DevDatabaseException("creating dev database " + name + " on " + server + ": " + reason
                    + " (" + (remedy.isEmpty() ? "" : remedy + ", ") + ELSEWHERE + ")",
                    "cannot create the temporary dev database there: " + reason
                    + (remedy.isEmpty() ? "" : " (" + remedy + ")"), e.getSQLState());
        } catch (ConvergeException e) {
            removeHook();
            throw unreachable(server, e);
        }
    }

    /**
     * The dev server could not be connected to at all (refused, unknown role, no connection slot free): the
     * failure of the dev database, so that a workflow can name --dev-db when the user chose that server.
     */
    public static DevDatabaseException unreachable(ConnectionSpec server, ConvergeException e) {
        return new DevDatabaseException("creating a temporary dev database on " + server + ": " + e.getMessage()
                + " (" + ELSEWHERE.substring("or ".length()) + ")",
                "cannot create the temporary dev database there: " + e.getMessage(), e.sqlState());
    }

    /** What to do about a refused CREATE DATABASE, by SQLSTATE; empty when there is nothing better to say. */
    private static String remedy(String sqlState) {
        if ("42501".equals(sqlState)) {
            return "the user needs CREATEDB there";
        }
        if (sqlState != null && sqlState.startsWith("53")) {
            return "the server is out of resources (SQLSTATE " + sqlState + "): free them or retry later";
        }
        return "";
    }

    /**
     * The error of a statement or connection on the dev database, as it should be reported: when the database or
     * the connection to it is gone (dropped by someone else, the server restarted), a DevDatabaseException that
     * says so, not an error of the desired state; else {@code e} itself.
     */
    public ConvergeException lostOr(ConvergeException e) {
        String state = e.sqlState();
        boolean connectionEnded = connectionEnded(state);
        if (!connectionEnded && !"3D000".equals(state)) {
            return e;
        }
        Existence existence = existence(connectionEnded);
        if (existence == Existence.THERE && !connectionEnded) {
            return e; // a statement of the desired state named a database that does not exist
        }
        String what = switch (existence) {
            case GONE -> "it was dropped by another session";
            case THERE -> "its connection was ended (pg_terminate_backend, DROP DATABASE ... WITH (FORCE) or a "
                    + "server shutdown)";
            case UNKNOWN -> "its server no longer answers";
        };
        String detail = "the temporary dev database " + name + " there was lost while the desired state was "
                + "loaded and read back: " + what + " (" + e.getMessage() + ")";
        return new DevDatabaseException(toString() + " was lost while the desired state was loaded and read back: "
                + what + " (" + e.getMessage() + "); nothing was changed, run again", detail, state);
    }

    /** connection_exception (08...) or operator_intervention (57P01 admin shutdown, 57P02 crash, 57P03...). */
    public static boolean connectionEnded(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }

    private enum Existence { THERE, GONE, UNKNOWN }

    /**
     * Whether the database is still there. {@code DROP DATABASE ... WITH (FORCE)} ends the connections first and
     * removes the database after, so when a connection has just ended, a database still listed is looked for again
     * for up to 3 s before the loss is put down to the connection alone.
     */
    private Existence existence(boolean connectionEnded) {
        long deadline = System.nanoTime() + (connectionEnded ? 3_000_000_000L : 0);
        while (true) {
            Existence now = existenceNow();
            if (now != Existence.THERE || System.nanoTime() >= deadline) {
                return now;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return now;
            }
        }
    }

    private Existence existenceNow() {
        try (Connection c = server.open();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_database WHERE datname = ?")) {
            s.setString(1, name);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Existence.THERE : Existence.GONE;
            }
        } catch (SQLException | ConvergeException e) {
            return Existence.UNKNOWN;
        }
    }

    /**
     * Drops the database with {@code WITH (FORCE)}, so connections the caller left open do not block it.
     * Idempotent, and quiet about a database that is already gone.
     *
     * @throws ConvergeException if the drop itself fails, naming the database so that it can be dropped by hand
     */
    @Override
    public void close() {
        if (dropped.get()) {
            return;
        }
        removeHook();
        drop();
    }

    private void drop() {
        if (!dropped.compareAndSet(false, true)) {
            return;
        }
        try (Connection c = server.open(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + quoted() + " WITH (FORCE)");
        } catch (SQLException | ConvergeException e) {
            throw new ConvergeException("dropping dev database " + name + " on " + server + ": "
                    + server.redact(e instanceof SQLException sql ? postgresMessage(sql) : e.getMessage())
                    + " (drop it by hand: DROP DATABASE " + quoted() + ")", null, null);
        }
    }

    /** For the shutdown hook: a JVM that is exiting has nobody to throw to, so the failure is printed. */
    private void dropQuietly() {
        try {
            drop();
        } catch (ConvergeException e) {
            System.err.println("converge: " + e.getMessage());
        }
    }

    private void removeHook() {
        if (onPrivateServer) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting and the hook is running or has run; it drops the database itself.
        }
    }

    private String quoted() {
        return '"' + name + '"';
    }

    private static String postgresMessage(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null
                && p.getServerErrorMessage().getMessage() != null) {
            return p.getServerErrorMessage().getMessage();
        }
        return e.getMessage();
    }

    @Override
    public String toString() {
        return "dev database " + name + " on " + server;
    }
}
