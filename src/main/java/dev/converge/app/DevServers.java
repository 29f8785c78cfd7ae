package dev.converge.app;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.error.UsageException;
import dev.converge.source.dev.PostgresRelease;

/**
 * Decides where a run normalises its desired state. By default on a private PostgreSQL that Converge starts itself,
 * of the target's major version (PostgreSQL prints definitions the same way within a major), so that a plan puts no
 * database and no DDL on the target's server and needs no CREATEDB there; on the target's server (with one notice
 * saying why) when the private server cannot serve: an unknown platform, a major without binaries, binaries that
 * cannot be fetched, an extension they lack, a server that does not start. {@code --dev-db target} and
 * {@code --dev-db URL} choose a server explicitly, {@code --dev-db private} insists on the private one.
 */
final class DevServers {

    private static final String ROLES = "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_' ORDER BY 1";

    private DevServers() {
    }

    /**
     * @param targetSpec the target, whose server is the fallback
     * @param target an open connection to it: its server's major version and its roles
     */
    static NormalisingServer forTarget(DevServerChoice choice, ConnectionSpec targetSpec, Connection target,
                                       Progress progress) {
        if (choice instanceof DevServerChoice.Server server) {
            return new NormalisingServer.Fixed(server.spec());
        }
        if (choice instanceof DevServerChoice.Docker) {
            throw new UsageException("--dev-db docker://IMAGE is for diff; plan, apply and drift take --dev-db URL, "
                    + "target or private");
        }
        NormalisingServer.Fixed targetServer = new NormalisingServer.Fixed(targetSpec);
        if (choice instanceof DevServerChoice.TargetServer) {
            return targetServer;
        }
        boolean required = choice instanceof DevServerChoice.PrivateServer;
        int major = majorVersion(target);
        Optional<String> unusable = PostgresRelease.unsupportedPlatform()
                .or(() -> PostgresRelease.forMajor(major).isPresent() ? Optional.empty()
                        : Optional.of("no private server binaries for PostgreSQL " + major + " (Converge has "
                        + PostgresRelease.known() + ")"));
        if (unusable.isPresent()) {
            if (required) {
                throw new ConvergeException("--dev-db private: " + unusable.get()
                        + " (use --dev-db target or --dev-db URL)");
            }
            progress.notice("normalising the desired state on the target's server " + targetServer.describe()
                    + ": " + unusable.get());
            return targetServer;
        }
        return new NormalisingServer.Private(PostgresRelease.forMajor(major).orElseThrow(), currentUser(target),
                () -> roles(target), required ? null : targetServer);
    }

    /** The major version pgjdbc read from the server's greeting (9 for 9.6, 15 for 15.4): no round trip. */
    static int majorVersion(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new ConvergeException("reading the server version: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    static String currentUser(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet row = s.executeQuery("SELECT current_user")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new ConvergeException("reading the current user: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** The server's roles other than the predefined ones, to be created on the private server. */
    static List<String> roles(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet rows = s.executeQuery(ROLES)) {
            List<String> roles = new ArrayList<>();
            while (rows.next()) {
                roles.add(rows.getString(1));
            }
            return roles;
        } catch (SQLException e) {
            throw new ConvergeException("listing the roles of the target's server: " + e.getMessage(),
                    e.getSQLState(), e);
        }
    }
}
