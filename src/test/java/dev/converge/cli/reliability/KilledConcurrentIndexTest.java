package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * SIGKILL of an {@code apply} process in the middle of a plan's online step: {@code CREATE INDEX CONCURRENTLY} on
 * an existing table, which runs after the plan's transaction has committed. To hold the build in its middle, a test
 * session keeps a row-locking transaction open on the table: the build has already created its (INVALID) catalog
 * entry and waits for that transaction to end. The process is killed there; the database has
 * {@code client_connection_check_interval} set, so the server notices the dead client and ends the build, exactly
 * as a server does when the machine running Converge dies. Left behind: the committed transaction and an INVALID
 * index. The next apply must converge with no manual step and leave no INVALID index, and {@code converge history}
 * must show the killed run as interrupted.
 */
class KilledConcurrentIndexTest {

    private static final String CURRENT = """
            CREATE TABLE big (id int PRIMARY KEY, v int NOT NULL);
            INSERT INTO big SELECT g, g % 97 FROM generate_series(1, 20000) g;
            """;
    private static final String DESIRED = """
            CREATE TABLE big (id int PRIMARY KEY, v int NOT NULL);
            CREATE INDEX big_v ON big (v);
            CREATE TABLE audit (id bigint PRIMARY KEY, note text);
            """;

    @Test
    void killDuringConcurrentIndexBuildIsRepairedByTheNextApply(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            target.execute("ALTER DATABASE \"" + target.name() + "\" SET client_connection_check_interval = '100ms'");
            CliCapture plan = CliCapture.run("plan", "--db", target.url(), "--desired", desired.toString());
            assertThat(plan.out()).as(plan.all()).contains("CREATE INDEX CONCURRENTLY");

            int backend;
            try (Connection writer = target.connect()) {
                writer.setAutoCommit(false);
                try (Statement s = writer.createStatement()) {
                    s.executeUpdate("UPDATE big SET v = v WHERE id = 1");
                }
                ConvergeProcess apply = ConvergeProcess.start(dir, Map.of(), "apply", "--db", target.url(),
                        "--desired", desired.toString(), "--auto-approve", "--allow-hazard", "index-build",
                        "--lock-timeout", "120s");
                backend = waitUntilBuildWaits(target, apply);
                assertThat(target.queryBoolean("SELECT count(*) = 1 FROM pg_index i JOIN pg_class c "
                        + "ON c.oid = i.indexrelid WHERE c.relname = 'big_v' AND NOT i.indisvalid"))
                        .as("the build is under way: its index exists and is INVALID").isTrue();
                apply.kill();
                ServerAdmin.waitUntilGone(backend, Duration.ofSeconds(30));
                writer.rollback();
            }
            assertThat(target.queryBoolean("SELECT count(*) = 1 FROM pg_index i JOIN pg_class c "
                    + "ON c.oid = i.indexrelid WHERE c.relname = 'big_v' AND NOT i.indisvalid"))
                    .as("the killed build left its INVALID index").isTrue();
            assertThat(target.queryBoolean("SELECT to_regclass('public.audit') IS NOT NULL"))
                    .as("the transaction before the online step committed").isTrue();

            CliCapture history = CliCapture.run("history", "--db", target.url());
            assertThat(history.exitCode()).as(history.all()).isZero();
            assertThat(history.out()).as(history.all()).contains("interrupted");

            ConvergeProcess again = ConvergeProcess.start(dir, Map.of(), "apply", "--db", target.url(),
                    "--desired", desired.toString(), "--auto-approve", "--allow-hazard", "index-build");
            assertThat(again.waitFor()).as(again.output()).isZero();
            assertThat(target.queryBoolean("SELECT count(*) = 0 FROM pg_index WHERE NOT indisvalid"))
                    .as("no INVALID index left").isTrue();
            assertThat(target.queryBoolean("SELECT count(*) = 1 FROM pg_indexes WHERE indexname = 'big_v'")).isTrue();
            CliCapture drift = CliCapture.run("drift", "--db", target.url(), "--desired", desired.toString());
            assertThat(drift.exitCode()).as(drift.all()).isZero();
            CliCapture after = CliCapture.run("history", "--db", target.url());
            assertThat(after.out()).as(after.all()).contains("interrupted").contains("succeeded");
        }
    }

    /** The apply's backend once its concurrent build waits for the writer's transaction. */
    private static int waitUntilBuildWaits(TestDatabase target, ConvergeProcess apply) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String sql = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name = 'converge' AND wait_event_type = 'Lock' "
                + "AND query LIKE 'CREATE INDEX CONCURRENTLY%'";
        while (System.nanoTime() < deadline) {
            assertThat(apply.isAlive()).as("apply still running: %s", apply.output()).isTrue();
            try (Connection c = target.connect(); Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery(sql)) {
                if (rows.next()) {
                    return rows.getInt(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the concurrent build never waited: " + apply.output());
    }
}
