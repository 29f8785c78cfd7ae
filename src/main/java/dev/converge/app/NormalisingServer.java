package dev.converge.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import dev.converge.connect.ConnectionSpec;
import dev.converge.error.ConvergeException;
import dev.converge.error.DesiredStateException;
import dev.converge.error.DevDatabaseException;
import dev.converge.inspect.ServerFacts;
import dev.converge.source.RequiredExtensions;
import dev.converge.source.SqlStatement;
import dev.converge.source.dev.DevDatabase;
import dev.converge.source.dev.EmbeddedPostgres;
import dev.converge.source.dev.PostgresRelease;
import dev.converge.source.dev.PrivatePostgres;
import dev.converge.source.dev.PrivateServerFit;

/**
 * The server on which one run normalises its desired state: a server given by URL (or the target's own), or the
 * private server of a PostgreSQL release, which is started only when the desired state has to be loaded (a cached
 * plan never starts it). Its {@link #identity()} goes into the desired-state cache key: whatever decides how
 * PostgreSQL prints what was loaded.
 */
abstract sealed class NormalisingServer {

    /** What the normalised result depends on: the server's version, locale and user. */
    abstract List<String> identity();

    /**
     * The server to load {@code statements} on: this one, or, when a private server cannot serve them (an extension
     * its binaries lack, no binaries to be had, a server that does not start), the fallback, after one notice
     * saying why.
     */
    NormalisingServer readyFor(List<SqlStatement> statements, Progress progress) {
        return readyFor(RequiredExtensions.in(statements), "normalising the desired state", progress);
    }

    /**
     * The server that can hold objects using {@code extensions}: this one, or the fallback after one notice that
     * starts with {@code purpose} ("rehearsing the plan") and says why.
     */
    abstract NormalisingServer readyFor(Set<String> extensions, String purpose, Progress progress);

    /** Where dev databases are created; only after {@link #readyFor}. */
    abstract ConnectionSpec spec();

    abstract DevDatabase createDatabase();

    /** For progress messages: "the private PostgreSQL 15.20", or the server's URL. */
    abstract String describe();

    /** The server to retry on when a load on this one fails for want of something the target's server has. */
    NormalisingServer fallback() {
        return null;
    }

    /** A server reached by URL: --dev-db URL, or the target's own. */
    static final class Fixed extends NormalisingServer {
        private final ConnectionSpec spec;
        /** Read once: the desired-state cache and the cache of scratch prints both key on it. */
        private List<String> identity;

        Fixed(ConnectionSpec spec) {
            this.spec = spec;
        }

        @Override
        List<String> identity() {
            if (identity == null) {
                List<String> read = new ArrayList<>();
                read.add(spec.withDatabase("").toString());
                read.addAll(serverFacts(spec));
                identity = List.copyOf(read);
            }
            return identity;
        }

        @Override
        NormalisingServer readyFor(Set<String> extensions, String purpose, Progress progress) {
            return this;
        }

        @Override
        ConnectionSpec spec() {
            return spec;
        }

        @Override
        DevDatabase createDatabase() {
            return DevDatabase.createOn(spec);
        }

        @Override
        String describe() {
            return spec.withDatabase("").toString().replaceAll("/$", "");
        }

        private static List<String> serverFacts(ConnectionSpec devServer) {
            try (Connection connection = devServer.open()) {
                return ServerFacts.identity(connection);
            } catch (SQLException e) {
                throw new DesiredStateException("reading the version of the dev server " + devServer.withDatabase("")
                        + ": " + devServer.redact(e.getMessage()), e.getSQLState(), e);
            } catch (DevDatabaseException e) {
                throw e;
            } catch (ConvergeException e) {
                // The dev server is reached here first (the cache key); failing to connect is the dev database's
                // failure, so that the message names --dev-db when the user chose that server.
                throw DevDatabase.unreachable(devServer, e);
            }
        }
    }

    /**
     * The private server of a release, loading as {@code loadingRole} (the target's user) with the target's other
     * roles created; {@code fallback} (the target's server) when it cannot serve, or null to fail instead.
     */
    static final class Private extends NormalisingServer {
        private final PostgresRelease release;
        private final String loadingRole;
        private final Supplier<List<String>> otherRoles;
        private final Fixed fallback;
        private ConnectionSpec spec;

        Private(PostgresRelease release, String loadingRole, Supplier<List<String>> otherRoles, Fixed fallback) {
            this.release = release;
            this.loadingRole = loadingRole;
            this.otherRoles = otherRoles;
            this.fallback = fallback;
        }

        /** No connection needed: the release, the fixed locale and encoding of its data directory, the user. */
        @Override
        List<String> identity() {
            return List.of("private", release.version(), "C", "UTF8", loadingRole);
        }

        @Override
        NormalisingServer readyFor(Set<String> extensions, String purpose, Progress progress) {
            try {
                PrivateServerFit.missingExtension(release, extensions, progress::notice).ifPresent(missing -> {
                    throw new ConvergeException("it needs extension " + missing + ", which the private " + release
                            + " does not have", null, null);
                });
                EmbeddedPostgres server = PrivatePostgres.of(release, progress::notice);
                spec = PrivatePostgres.as(server, loadingRole, otherRoles.get());
                return this;
            } catch (ConvergeException e) {
                if (fallback == null) {
                    throw new ConvergeException("--dev-db private: " + e.getMessage() + " (use --dev-db target or "
                            + "--dev-db URL)", e.sqlState(), e);
                }
                progress.notice(purpose + " on the target's server " + fallback.describe()
                        + " instead of a private " + release + ": " + e.getMessage());
                return fallback;
            }
        }

        @Override
        ConnectionSpec spec() {
            return spec;
        }

        @Override
        DevDatabase createDatabase() {
            return DevDatabase.createOnPrivate(spec);
        }

        @Override
        String describe() {
            return "a private " + release;
        }

        @Override
        NormalisingServer fallback() {
            return fallback;
        }
    }
}
