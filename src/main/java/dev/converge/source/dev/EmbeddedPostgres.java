package dev.converge.source.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;

/**
 * A private PostgreSQL server that Converge starts itself, to normalise the desired state without touching the
 * target's server. Built for speed over safety, since everything in it is thrown away: the data directory is a copy
 * of a cached {@code initdb} result ({@link DataDirectories}) in memory where the OS offers it, and durability is off
 * ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes}, {@code wal_level=minimal}). It listens on
 * 127.0.0.1 at a free port with trust authentication, has lock slots for one transaction over 20,000 tables, and is
 * stopped (immediate shutdown) and its data directory deleted by {@link #close()}, a shutdown hook, or, when the JVM
 * is killed, the parent-death signal ({@link ServerProcesses}).
 *
 * <p>Where binaries and templates are kept: {@code -Dconverge.cacheDir}, else {@code $CONVERGE_POSTGRES_DIR}, else
 * {@code $CONVERGE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/converge}, else {@code ~/.cache/converge}. When Converge runs as root the server runs as {@code nobody}, which cannot read
 * root's home, so the default is then under the temporary directory.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    static final String REMEDY = "pass --dev-db URL naming a PostgreSQL server where databases may be created, "
            + "or --dev-db target to use the target's server";
    private static final long START_TIMEOUT_MILLIS = 60_000;
    private static final int BIND_ATTEMPTS = 3;
    /**
     * Server settings: no durability; lock slots for one transaction that touches 20,000 tables with their indexes,
     * sequences and TOAST tables (max_locks_per_transaction x max_connections = 102,400); no JIT (catalog queries
     * on a large dev database would pay its compile time); deadlocks between parallel loading connections found fast.
     */
    private static final List<String> SETTINGS = List.of(
            "fsync=off", "synchronous_commit=off", "full_page_writes=off", "wal_level=minimal", "max_wal_senders=0",
            "max_connections=50", "max_locks_per_transaction=2048", "shared_buffers=128MB", "max_wal_size=4GB",
            "checkpoint_timeout=1d", "jit=off", "deadlock_timeout=100ms", "lc_messages=C", "unix_socket_directories=",
            "listen_addresses=127.0.0.1");

    private final PostgresRelease release;
    private final Path dataDirectory;
    private final Process server;
    private final int port;
    private final Thread shutdownHook;
    private Duration startup = Duration.ZERO;

    private EmbeddedPostgres(PostgresRelease release, Path dataDirectory, Process server, int port) {
        this.release = release;
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "converge-stop-private-postgres");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Fetches (first time only) and unpacks the release's binaries, copies the data directory and starts the server.
     *
     * @param notice told when something slow happens only once (a download)
     * @throws ConvergeException saying why it could not start
     */
    public static EmbeddedPostgres start(PostgresRelease release, Consumer<String> notice) {
        PostgresRelease.unsupportedPlatform().ifPresent(why -> {
            throw ServerProcesses.failure(why, null);
        });
        long begin = System.nanoTime();
        Path root = postgresRoot();
        Path binaries = EmbeddedPostgresBinaries.unpacked(release, root, notice);
        try {
            Path template = DataDirectories.template(binaries, root);
            Path log = Files.createTempFile("converge-private-pg-", ".log");
            for (int attempt = 1; ; attempt++) {
                Path data = DataDirectories.copy(template);
                int port = freePort();
                EmbeddedPostgres started;
                try {
                    started = new EmbeddedPostgres(release, data, ServerProcesses.launch(log,
                            command(binaries, data, port)), port);
                } catch (IOException e) {
                    EmbeddedPostgresBinaries.deleteTree(data);
                    throw e;
                }
                try {
                    started.awaitConnections(log);
                    Files.deleteIfExists(log);
                    synchronized (started) {
                        started.startup = Duration.ofNanos(System.nanoTime() - begin);
                    }
                    return started;
                } catch (ConvergeException e) {
                    started.close();
                    // Another process may have taken the free port between the probe and the bind: try another.
                    if (attempt == BIND_ATTEMPTS || !ServerProcesses.tail(log).contains("could not bind")) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw ServerProcesses.failure(e.getMessage(), e);
        }
    }

    private static String[] command(Path binaries, Path data, int port) {
        List<String> command = new ArrayList<>(List.of(binaries.resolve("bin/postgres").toString(),
                "-D", data.toString(), "-p", Integer.toString(port)));
        for (String setting : SETTINGS) {
            command.add("-c");
            command.add(setting);
        }
        return command.toArray(String[]::new);
    }

    /** The superuser {@code postgres} on the server's {@code postgres} database. */
    public ConnectionSpec spec() {
        return spec("postgres");
    }

    /** {@code user} (trust authentication: no password) on the server's {@code postgres} database. */
    public ConnectionSpec spec(String user) {
        return new ConnectionSpec("127.0.0.1", port, "postgres", user, null, Map.of());
    }

    public PostgresRelease release() {
        return release;
    }

    /** From the call of {@link #start} to the first accepted connection (unpacking and initdb included). */
    public synchronized Duration startup() {
        return startup;
    }

    public boolean isAlive() {
        return server.isAlive();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or has run and stops the server itself.
            return;
        }
        stop();
    }

    private void stop() {
        ServerProcesses.quit(server);
        EmbeddedPostgresBinaries.deleteTree(dataDirectory);
    }

    /** Polls the port, then a real connection, every 10 ms: start-up takes a few hundred milliseconds. */
    private void awaitConnections(Path log) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        ConvergeException last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!server.isAlive()) {
                throw ServerProcesses.failure("the server exited: " + ServerProcesses.tail(log), null);
            }
            if (listening()) {
                try (var connection = spec().open()) {
                    return;
                } catch (ConvergeException e) {
                    last = e;
                } catch (java.sql.SQLException e) {
                    last = new ConvergeException(e.getMessage(), e.getSQLState(), e);
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw ServerProcesses.failure("the server did not accept connections within " + START_TIMEOUT_MILLIS / 1000
                + "s (" + (last == null ? "interrupted" : last.getMessage()) + "): " + ServerProcesses.tail(log),
                null);
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Where binaries and data-directory templates are kept (see the class comment). */
    static Path postgresRoot() {
        String property = System.getProperty("converge.cacheDir");
        String explicit = System.getenv("CONVERGE_POSTGRES_DIR");
        return property == null && explicit != null && !explicit.isBlank() ? Path.of(explicit)
                : cacheRoot(ServerProcesses.isRoot());
    }

    /** Root's cache must be readable by the unprivileged server user, so it cannot live in root's home. */
    static Path cacheRoot(boolean root) {
        String explicit = System.getProperty("converge.cacheDir", System.getenv("CONVERGE_CACHE_DIR"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        if (root) {
            return Path.of(System.getProperty("java.io.tmpdir"), "converge-cache");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("converge");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return "the private " + release + " (127.0.0.1:" + port + ")";
    }
}
