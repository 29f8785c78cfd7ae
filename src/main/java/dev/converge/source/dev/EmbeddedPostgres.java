package dev.converge.source.dev;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;

/**
 * A private PostgreSQL server started for one run, so that desired-state files can be normalised on a machine
 * without a server. The binaries come with Converge and are cached between runs
 * ({@code -Dconverge.cacheDir}, else {@code $CONVERGE_CACHE_DIR}, else {@code $XDG_CACHE_HOME/converge}, else {@code ~/.cache/converge}); the data
 * directory is temporary, the server listens on 127.0.0.1 at a free port with trust authentication, and
 * {@link #close()} (or a shutdown hook) stops it and deletes the data directory.
 *
 * <p>PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}). When Converge runs as root, the
 * server therefore runs as the unprivileged user {@code nobody} (uid 65534) through util-linux's {@code setpriv},
 * with the binaries cached under the world-readable temporary directory rather than root's home.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    static final String REMEDY = "pass --dev-db URL naming a PostgreSQL server where databases may be created, "
            + "or --dev-db docker://postgres:16 where Docker runs";
    private static final int UNPRIVILEGED_UID = 65534;
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final Path dataDirectory;
    private final Process server;
    private final int port;
    private final Thread shutdownHook;

    private EmbeddedPostgres(Path dataDirectory, Process server, int port) {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "converge-stop-embedded-postgres");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Unpacks (first time only), initialises and starts the server.
     *
     * @throws ConvergeException saying why it could not start, with the alternatives {@link #REMEDY}
     */
    public static EmbeddedPostgres start() {
        String os = System.getProperty("os.name", "") + "/" + System.getProperty("os.arch", "");
        if (!os.startsWith("Linux/") || !(os.endsWith("amd64") || os.endsWith("x86_64"))) {
            throw failure("the embedded PostgreSQL is built for Linux x86_64 only, this is " + os, null);
        }
        boolean root = isRoot();
        Path binaries;
        try {
            binaries = EmbeddedPostgresBinaries.unpackedUnder(cacheRoot(root));
        } catch (ConvergeException e) {
            throw failure(e.getMessage(), e);
        }
        Path data = null;
        try {
            data = Files.createTempDirectory("converge-embedded-pg-");
            if (root) {
                Files.setAttribute(data, "unix:uid", UNPRIVILEGED_UID);
                Files.setAttribute(data, "unix:gid", UNPRIVILEGED_UID);
            }
            Path log = Files.createTempFile("converge-embedded-pg-", ".log");
            run(root, log, binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres",
                    "-D", data.toString(), "-E", "UTF-8", "--locale=C", "--no-sync");
            int port = freePort();
            Process server = launch(root, log, binaries.resolve("bin/postgres").toString(), "-D", data.toString(),
                    "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", data.toString(), "-F",
                    "-c", "max_connections=40", "-c", "shared_buffers=32MB");
            EmbeddedPostgres started = new EmbeddedPostgres(data, server, port);
            started.awaitConnections(log);
            Files.deleteIfExists(log);
            return started;
        } catch (IOException e) {
            if (data != null) {
                EmbeddedPostgresBinaries.deleteTree(data);
            }
            throw failure(e.getMessage(), e);
        } catch (ConvergeException e) {
            if (data != null) {
                EmbeddedPostgresBinaries.deleteTree(data);
            }
            throw e;
        }
    }

    /** The server's {@code postgres} database as superuser {@code postgres}, where dev databases are created. */
    public ConnectionSpec spec() {
        return new ConnectionSpec("127.0.0.1", port, "postgres", "postgres", null, Map.of());
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
        server.destroy(); // SIGTERM: PostgreSQL's smart shutdown; our connections are closed by now
        try {
            if (!server.waitFor(15, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.destroyForcibly();
        }
        EmbeddedPostgresBinaries.deleteTree(dataDirectory);
    }

    private void awaitConnections(Path log) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        ConvergeException last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!server.isAlive()) {
                stop();
                throw failure("the server exited: " + tail(log), null);
            }
            try (var connection = spec().open()) {
                return;
            } catch (ConvergeException e) {
                last = e;
            } catch (java.sql.SQLException e) {
                last = new ConvergeException(e.getMessage(), e.getSQLState(), e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
        throw failure("the server did not accept connections within " + START_TIMEOUT_MILLIS / 1000 + "s ("
                + (last == null ? "interrupted" : last.getMessage()) + "): " + tail(log), null);
    }

    private static void run(boolean root, Path log, String... command) throws IOException {
        Process process = launch(root, log, command);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw failure(Path.of(command[0]).getFileName() + " did not finish within 120s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw failure("interrupted while running " + Path.of(command[0]).getFileName(), e);
        }
        if (process.exitValue() != 0) {
            throw failure(Path.of(command[0]).getFileName() + " failed: " + tail(log), null);
        }
    }

    /** Starts a program, as the unprivileged user when we are root; its output goes to {@code log}. */
    private static Process launch(boolean root, Path log, String... command) throws IOException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_UID, "--regid=" + UNPRIVILEGED_UID,
                    "--clear-groups", "--"));
        }
        full.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LC_ALL", "C");
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IOException("cannot run " + full.get(0) + (root ? " (needed to run PostgreSQL as an "
                    + "unprivileged user, since PostgreSQL refuses to run as root)" : "") + ": " + e.getMessage(), e);
        }
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
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

    /** The last lines PostgreSQL printed, which say why it failed (e.g. "initdb: cannot be run as root"). */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())).strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static ConvergeException failure(String why, Throwable cause) {
        return new ConvergeException("starting an embedded PostgreSQL as the dev database (no --dev-db given and "
                + "no database among the sources): " + why + " (" + REMEDY + ")", null, cause);
    }
}
