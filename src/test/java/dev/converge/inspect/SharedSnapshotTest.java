package dev.converge.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.converge.error.ConvergeException;
import dev.converge.model.Catalog;
import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/**
 * Inspecting on two connections that share one snapshot gives exactly the catalog one connection gives, never
 * sees what changed after the snapshot on either connection, and falls back to one connection when a second
 * cannot be opened.
 */
class SharedSnapshotTest {

    private static final Set<String> SCHEMAS = Set.of("public");

    /** The shop example's v2: tables, FKs, indexes, views, functions, triggers, enums, grants. */
    private static String shop() {
        // in dependency order, which the files' names are not (Converge itself finds the order; psql would not)
        return Stream.of("types", "customers", "products", "orders", "payments")
                .map(name -> read(Path.of("schema-examples/shop/v2", name + ".sql")))
                .collect(Collectors.joining("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoConnectionsReadTheSameCatalogAsOne() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(shop()); Connection c = db.connect()) {
            AtomicInteger opened = new AtomicInteger();
            Catalog parallel = new CatalogInspector(c, () -> {
                opened.incrementAndGet();
                return db.connect();
            }).inspect(SCHEMAS);
            Catalog sequential = new CatalogInspector(c).inspect(SCHEMAS);

            assertThat(opened).hasValue(1);
            assertThat(parallel.tables()).isNotEmpty();
            assertThat(parallel.dependencies()).isNotEmpty();
            assertThat(parallel.tables().stream().mapToInt(t -> t.indexes().size()).sum()).isPositive();
            assertThat(parallel).isEqualTo(sequential);
        }
    }

    @Test
    void theSecondConnectionReadsTheFirstOnesSnapshot() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE a (id int PRIMARY KEY)");
             Connection c = db.connect()) {
            Catalog catalog = new CatalogInspector(c, () -> {
                // After the first connection's snapshot was taken and before the second one imports it: a table
                // with an index and a grant, which live in queries that run on the second connection.
                db.execute("CREATE TABLE late (id int); CREATE INDEX late_id ON late (id); "
                        + "GRANT SELECT ON late TO PUBLIC; CREATE INDEX a_extra ON a (id)");
                return db.connect();
            }).inspect(SCHEMAS);

            assertThat(catalog.tables()).extracting(t -> t.name().name()).containsExactly("a");
            assertThat(catalog.tables().get(0).indexes()).isEmpty();
            assertThat(catalog.grants()).noneMatch(g -> g.object().name().name().equals("late"));
            Catalog now = new CatalogInspector(c).inspect(SCHEMAS);
            assertThat(now.tables()).extracting(t -> t.name().name()).containsExactly("a", "late");
        }
    }

    @Test
    void aSecondConnectionThatCannotBeOpenedFallsBackToOne() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(shop()); Connection c = db.connect()) {
            Catalog fallback = new CatalogInspector(c, () -> {
                throw new ConvergeException("connecting: too many connections for role", "53300", null);
            }).inspect(SCHEMAS);

            assertThat(fallback).isEqualTo(new CatalogInspector(c).inspect(SCHEMAS));
            assertThat(fallback.tables()).isNotEmpty();
        }
    }

    /**
     * The second connection's backend is terminated while its first query waits: a third session holds
     * pg_depend exclusively (this database's only), so both connections wait on it until the second one is gone.
     */
    @Test
    void aFailureOnTheSecondConnectionFailsTheInspectionClearly() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(shop()); Connection c = db.connect();
             Connection locker = db.connect(); Connection admin = TestServer.admin().open()) {
            AtomicInteger secondPid = new AtomicInteger();
            CatalogInspector inspector = new CatalogInspector(c, () -> {
                Connection second = db.connect();
                try (Statement s = second.createStatement(); Statement l = locker.createStatement()) {
                    secondPid.set(queryInt(s, "SELECT pg_backend_pid()"));
                    locker.setAutoCommit(false);
                    l.execute("LOCK TABLE pg_catalog.pg_depend IN ACCESS EXCLUSIVE MODE");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return second;
            });
            Thread terminator = new Thread(() -> terminateWhenWaiting(admin, secondPid, locker));
            terminator.start();

            assertThatThrownBy(() -> inspector.inspect(SCHEMAS))
                    .isInstanceOf(ConvergeException.class)
                    .hasMessageContaining("inspecting")
                    .hasMessageContaining("terminating connection due to administrator command");
            terminator.join(60_000);
            assertThat(terminator.isAlive()).isFalse();
        }
    }

    private static void terminateWhenWaiting(Connection admin, AtomicInteger pid, Connection locker) {
        try (Statement s = admin.createStatement()) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline && (pid.get() == 0 || queryInt(s,
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid = " + pid.get())
                    == 0)) {
                Thread.sleep(20);
            }
            s.execute("SELECT pg_terminate_backend(" + pid.get() + ", 10000)");
            locker.rollback();
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int queryInt(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
