package dev.converge.source;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;

import org.postgresql.util.PSQLException;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.error.DevDatabaseException;

/**
 * A temporary, empty database into which the desired state is loaded so that PostgreSQL itself normalises it
 * (the catalogs are then read back exactly as from the live database). It is created from {@code template0}, so
 * nothing added to {@code template1} leaks into the desired state, and dropped on {@link #close()} or, if the
 * JVM is interrupted (Ctrl-C), by a shutdown hook, so that no {@code converge_dev_*} database is left behind.
 */
public final class DevDatabase implements AutoCloseable {

    private static final String PREFIX = "converge_dev_";
    private static final String REMEDY =
            "the user needs CREATEDB, or pass --dev-db URL naming a server where it may create databases";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConnectionSpec server;
    private final String name;
    private final AtomicBoolean dropped = new AtomicBoolean();
    private final Thread shutdownHook;

    private DevDatabase(ConnectionSpec server, String name) {
        this.server = server;
        this.name = name;
        this.shutdownHook = new Thread(this::dropQuietly, "converge-drop-" + name);
    }

    /**
     * Creates {@code converge_dev_<16 random hex>} on the server of {@code server}, connecting to that spec's own
     * database to issue {@code CREATE DATABASE}.
     *
     * @throws ConvergeException naming the server (never the password), PostgreSQL's message and a remedy
     */
    public static DevDatabase createOn(ConnectionSpec server) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        DevDatabase db = new DevDatabase(server, PREFIX + HexFormat.of().formatHex(random));
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

    private void create() {
        // The hook goes first: a Ctrl-C between CREATE and addShutdownHook would otherwise leak the database.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try (Connection c = server.open(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + quoted() + " TEMPLATE template0");
        } catch (SQLException e) {
            removeHook();
            String reason = server.redact(postgresMessage(e));
            throw new DevDatabaseException("creating dev database " + name + " on " + server + ": " + reason
                    + " (" + REMEDY + ")", reason, e.getSQLState());
        } catch (ConvergeException e) {
            removeHook();
            throw new DevDatabaseException("creating dev database " + name + " on " + server + ": "
                    + e.getMessage() + " (or pass --dev-db URL naming a server where it may create databases)",
                    e.getMessage(), e.sqlState());
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
