package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.inspect.ServerFacts;
import dev.converge.error.UsageException;
import dev.converge.source.dev.PostgresRelease;
import dev.converge.source.dev.PrivatePostgres;
import dev.converge.connect.ConnectionSpecParser;
import dev.converge.source.dev.DockerPostgres;
import dev.converge.source.dev.EmbeddedPostgres;

/**
 * The server on which temporary databases are created for a run of {@code diff}: the one given with
 * {@code --dev-db} (a URL, {@code docker://IMAGE}, or {@code target}: the server of a database source), else a
 * private PostgreSQL of the major version of a database source (or, with two file sources, of the release bundled
 * with Converge), else, when that cannot start, the database source's server, saying why. Closing it stops what it
 * started for the run alone (a container), and nothing else.
 */
public final class DevServer implements AutoCloseable {

    private final ConnectionSpec spec;
    private final AutoCloseable started;

    private DevServer(ConnectionSpec spec, AutoCloseable started) {
        this.spec = spec;
        this.started = started;
    }

    public static DevServer choose(String devDbOption, DiffSource current, DiffSource desired,
                                   ConnectionSpecParser parser, Progress progress) {
        DevServerChoice choice = DevServerChoice.parse(devDbOption, parser);
        if (choice instanceof DevServerChoice.Docker docker) {
            progress.step("starting " + docker.image() + " in Docker as the dev database");
            DockerPostgres container = DockerPostgres.start(docker.image());
            return new DevServer(container.spec(), container);
        }
        if (choice instanceof DevServerChoice.Server server) {
            return new DevServer(server.spec(), null);
        }
        ConnectionSpec database = current instanceof DiffSource.Database d ? d.spec()
                : desired instanceof DiffSource.Database d ? d.spec() : null;
        if (choice instanceof DevServerChoice.TargetServer) {
            if (database == null) {
                throw new UsageException("--dev-db target needs a database source (--from or --to URL)");
            }
            return new DevServer(database, null);
        }
        if (database == null) {
            progress.step("starting a private " + PostgresRelease.bundledRelease() + " as the dev database");
            try {
                EmbeddedPostgres server = PrivatePostgres.of(PostgresRelease.bundledRelease(), progress::notice);
                return new DevServer(server.spec(), null);
            } catch (ConvergeException e) {
                throw new ConvergeException(e.getMessage() + " (two file sources need a server to be normalised "
                        + "on: pass --dev-db URL naming a PostgreSQL server where databases may be created, or "
                        + "--dev-db docker://postgres:16 where Docker runs)", e.sqlState(), e);
            }
        }
        return new DevServer(privateFor(database, choice instanceof DevServerChoice.PrivateServer, progress), null);
    }

    /** The private server of the database's major, loading as its user; the database's server when it cannot. */
    private static ConnectionSpec privateFor(ConnectionSpec database, boolean required, Progress progress) {
        try (Connection connection = database.open()) {
            int major = ServerFacts.majorVersion(connection);
            try {
                PostgresRelease release = PostgresRelease.unsupportedPlatform().isPresent() ? null
                        : PostgresRelease.forMajor(major).orElse(null);
                if (release == null) {
                    throw new ConvergeException(PostgresRelease.unsupportedPlatform().orElse(
                            "no private server binaries for PostgreSQL " + major + " (Converge has "
                                    + PostgresRelease.known() + ")"));
                }
                EmbeddedPostgres server = PrivatePostgres.of(release, progress::notice);
                return PrivatePostgres.as(server, ServerFacts.currentUser(connection), ServerFacts.roles(connection));
            } catch (ConvergeException e) {
                if (required) {
                    throw new ConvergeException("--dev-db private: " + e.getMessage(), e.sqlState(), e);
                }
                progress.notice("normalising files on the server of " + database + ": " + e.getMessage());
                return database;
            }
        } catch (SQLException e) {
            throw new ConvergeException("closing the connection to " + database + ": " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }

    public ConnectionSpec spec() {
        return spec;
    }

    @Override
    public void close() {
        if (started == null) {
            // A private server is shared by the JVM's runs and stopped when it exits.
            return;
        }
        try {
            started.close();
        } catch (Exception e) {
            throw new dev.converge.error.ConvergeException("stopping the dev database server: " + e.getMessage(), e);
        }
    }
}
