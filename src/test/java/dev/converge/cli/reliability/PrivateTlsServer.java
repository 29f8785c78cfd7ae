package dev.converge.cli.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of its own for one test, where the shared test server (trust authentication, no TLS) cannot
 * go: it checks passwords (scram-sha-256) and accepts only TLS connections ({@code hostssl} in pg_hba.conf, a
 * self-signed certificate for 127.0.0.1 made with openssl). It runs the machine's PostgreSQL binaries (Debian's
 * {@code /usr/lib/postgresql/VERSION/bin}) from a temporary directory on a free port; as root, it runs as
 * {@code nobody} through setpriv, since PostgreSQL refuses to run as root. Missing binaries are a failure that says
 * what to install, never a skip.
 */
final class PrivateTlsServer implements AutoCloseable {

    private static final Path DEBIAN_POSTGRESQL = Path.of("/usr/lib/postgresql");
    private static final int NOBODY = 65534;

    private final Path dir;
    private final Process server;
    private final int port;
    private final String password;

    private PrivateTlsServer(Path dir, Process server, int port, String password) {
        this.dir = dir;
        this.server = server;
        this.port = port;
        this.password = password;
        // A test JVM that ends without @AfterAll (Ctrl-C, a timeout) must not leave a server running.
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy, "converge-stop-tls-postgres"));
    }

    /** Starts a server whose superuser {@code postgres} has {@code password}. */
    static PrivateTlsServer start(String password) throws IOException, InterruptedException {
        Path bin = binaries();
        requireOnPath("openssl", "apt-get install openssl");
        boolean root = isRoot();
        if (root) {
            requireOnPath("setpriv", "apt-get install util-linux");
        }
        Path dir = Files.createTempDirectory("converge-tls-pg-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Path data = dir.resolve("data");
        Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path pwfile = Files.writeString(dir.resolve("pwfile"), password + "\n");
        run(dir, false, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", dir.resolve("server.key").toString(), "-out", dir.resolve("server.crt").toString());
        run(dir, false, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                "-keyout", dir.resolve("other.key").toString(), "-out", dir.resolve("other.crt").toString());
        Files.setPosixFilePermissions(dir.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
        if (root) {
            for (Path owned : List.of(data, pwfile, dir.resolve("server.key"), dir.resolve("server.crt"))) {
                Files.setAttribute(owned, "unix:uid", NOBODY);
                Files.setAttribute(owned, "unix:gid", NOBODY);
            }
        }
        run(dir, root, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF-8", "--locale=C", "--no-sync");
        Files.writeString(data.resolve("pg_hba.conf"), """
                # TLS and a checked password, or nothing
                hostssl all all 127.0.0.1/32 scram-sha-256
                host    all all 127.0.0.1/32 reject
                """);
        int port = freePort();
        Process server = launch(dir, root, bin.resolve("postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", data.toString(), "-F",
                "-c", "ssl=on", "-c", "ssl_cert_file=" + dir.resolve("server.crt"),
                "-c", "ssl_key_file=" + dir.resolve("server.key"), "-c", "max_connections=20",
                "-c", "shared_buffers=16MB");
        PrivateTlsServer started = new PrivateTlsServer(dir, server, port, password);
        try {
            started.awaitConnections();
        } catch (RuntimeException | IOException e) {
            started.close();
            throw e;
        }
        return started;
    }

    int port() {
        return port;
    }

    /** The server's own certificate: the root that verifies it. */
    Path rootCertificate() {
        return dir.resolve("server.crt");
    }

    /** Another self-signed certificate for 127.0.0.1, which does not verify this server. */
    Path otherCertificate() {
        return dir.resolve("other.crt");
    }

    /** {@code postgresql://postgres[:password]@127.0.0.1:port/database?query}. */
    String url(String userInfo, String database, String query) {
        return "postgresql://" + userInfo + "@127.0.0.1:" + port + "/" + database + (query.isEmpty() ? "" : "?" + query);
    }

    /** The test's own connection: TLS, verified against the server's certificate, with the password. */
    Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", password);
        properties.setProperty("sslmode", "verify-full");
        properties.setProperty("sslrootcert", rootCertificate().toString());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy(); // SIGTERM: smart shutdown
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new IllegalStateException("deleting " + dir + ": " + e.getMessage(), e);
        }
    }

    private void awaitConnections() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the private PostgreSQL exited: " + log(dir));
            }
            try (Connection c = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the private PostgreSQL did not accept connections in 60 s ("
                + (last == null ? "" : last.getMessage()) + "): " + log(dir));
    }

    /** The newest {@code /usr/lib/postgresql/VERSION/bin} that has initdb and postgres. */
    private static Path binaries() throws IOException {
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(DEBIAN_POSTGRESQL)) {
            try (Stream<Path> versions = Files.list(DEBIAN_POSTGRESQL)) {
                versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("postgres")))
                        .forEach(found::add);
            }
        }
        found.sort(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())));
        if (found.isEmpty()) {
            throw new AssertionError("this test starts a PostgreSQL server of its own with TLS and password "
                    + "authentication, and needs the server binaries (initdb, postgres) under " + DEBIAN_POSTGRESQL
                    + "/VERSION/bin: install them with `apt-get install postgresql`");
        }
        return found.get(found.size() - 1);
    }

    private static int versionOf(String name) {
        return name.matches("\\d+") ? Integer.parseInt(name) : -1;
    }

    private static void requireOnPath(String program, String install) {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
        if (!found) {
            throw new AssertionError("this test needs " + program + " on the PATH: " + install);
        }
    }

    private static void run(Path dir, boolean asNobody, String... command) throws IOException, InterruptedException {
        Process process = launch(dir, asNobody, command);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command[0] + " did not finish in 120 s: " + log(dir));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + log(dir));
        }
    }

    private static Process launch(Path dir, boolean asNobody, String... command) throws IOException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        full.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
        builder.environment().put("LC_ALL", "C");
        return builder.start();
    }

    private static String log(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("server.log"));
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
