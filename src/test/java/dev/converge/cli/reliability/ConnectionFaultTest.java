package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.converge.app.ApplyPolicy;
import dev.converge.app.ApplyWorkflow;
import dev.converge.app.PlanResult;
import dev.converge.app.Progress;
import dev.converge.app.Target;
import dev.converge.apply.ApplyListener;
import dev.converge.error.ConvergeException;
import dev.converge.plan.Statement;
import dev.converge.testing.TestDatabase;
import dev.converge.testing.TestServer;

/**
 * Faults on the target's connection: its backend terminated ({@code pg_terminate_backend}) while a plan runs or
 * while the target is inspected. Each must end in a clear error (exit 1 on the command line) with the target
 * exactly as it was. The dev database's faults are DevDatabaseFaultTest's.
 */
class ConnectionFaultTest {

    private static final String CURRENT = "CREATE TABLE t0 (id int PRIMARY KEY); INSERT INTO t0 VALUES (1);";
    private static final String DESIRED = """
            CREATE TABLE t0 (id int PRIMARY KEY, added text DEFAULT 'x');
            CREATE TABLE t1 (id int PRIMARY KEY, t0 int REFERENCES t0);
            CREATE TABLE t2 (id int PRIMARY KEY, name text UNIQUE);
            CREATE INDEX t2_lower ON t2 (lower(name));
            CREATE SEQUENCE s1;
            CREATE TYPE mood AS ENUM ('sad', 'happy');
            CREATE TABLE t3 (id int PRIMARY KEY, m mood);
            CREATE VIEW v1 AS SELECT id FROM t1;
            COMMENT ON TABLE t2 IS 'two';
            """;

    /** The apply's backend is terminated when statement {@code k} starts; nothing of the plan remains. */
    @ParameterizedTest(name = "terminated when statement {0} starts")
    @ValueSource(ints = {1, 4, 9})
    void backendTerminatedMidApplyLeavesTheTargetUnchanged(int k, @TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            List<String> before = UserSchema.of(target);
            Target request = new Target(target.spec(), List.of(desired), Set.of(), null);
            ApplyListener killer = new ApplyListener() {
                @Override
                public void starting(int index, int total, Statement statement) {
                    assertThat(total).as("plan size").isGreaterThanOrEqualTo(9);
                    if (index == k) {
                        assertThat(terminateConverge(target.name())).as("backends terminated").isEqualTo(1);
                    }
                }
            };
            assertThatThrownBy(() -> new ApplyWorkflow(Progress.SILENT, killer)
                    .apply(request, new ApplyPolicy(true), approve()))
                    .isInstanceOf(ConvergeException.class)
                    .hasMessageContaining("applying statement " + k + " of")
                    .hasMessageContaining("the database is unchanged");
            assertThat(UserSchema.of(target)).as("target after the terminated apply").isEqualTo(before);
            assertThat(target.queryBoolean("SELECT count(*) = 1 FROM t0")).as("data").isTrue();

            CliCapture again = CliCapture.run("apply", "--db", target.url(), "--desired", desired.toString(),
                    "--auto-approve");
            assertThat(again.exitCode()).as("the next apply converges:\n%s", again.all()).isZero();
            assertThat(CliCapture.run("drift", "--db", target.url(), "--desired", desired.toString()).exitCode())
                    .isZero();
        }
    }

    /**
     * Through the command line: a column default that sleeps makes one statement long (the table has a row to
     * fill), and another connection terminates the apply's backend while it runs.
     */
    @Test
    void backendTerminatedDuringALongStatementIsExitOne(@TempDir Path dir) throws Exception {
        String desiredSql = DESIRED.replace("added text DEFAULT 'x'", "added int DEFAULT slow()")
                + "CREATE FUNCTION slow() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 1 FROM pg_sleep(30)';\n";
        Path desired = Files.writeString(dir.resolve("desired.sql"), desiredSql);
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            List<String> before = UserSchema.of(target);
            CompletableFuture<Integer> killer = CompletableFuture.supplyAsync(() -> terminateWhenRunning(
                    target.name(), "%ADD COLUMN added%"));
            CliCapture run = CliCapture.run("apply", "--db", target.url(), "--desired", desired.toString(),
                    "--auto-approve", "--allow-hazard", "table-rewrite", "--allow-hazard", "access-exclusive-lock",
                    "--allow-hazard", "share-lock", "--allow-hazard", "index-build", "--allow-hazard", "index-dropped",
                    "--allow-hazard", "validates-rows", "--allow-hazard", "authorization-change",
                    "--allow-hazard", "unmanaged-dependencies");
            assertThat(killer.get(60, TimeUnit.SECONDS)).as("backends terminated").isEqualTo(1);
            assertThat(run.crashEvidence()).as(run.all()).isNull();
            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
            assertThat(run.err()).contains("terminating connection due to administrator command",
                    "the database is unchanged");
            assertThat(UserSchema.of(target)).as("target after the terminated apply").isEqualTo(before);
        }
    }

    /**
     * The target's backend is terminated just as inspection starts (the workflow reports that step first; the
     * target is then inspected on connections of its own while the desired state is read, and the terminated one is
     * next used after the load): a clear error that names the step, not a bare driver exception, and nothing changed.
     */
    @Test
    void backendTerminatedMidInspectIsAClearError(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            List<String> before = UserSchema.of(target);
            Target request = new Target(target.spec(), List.of(desired), Set.of(), null);
            Progress killer = message -> {
                if (message.startsWith("inspecting ")) {
                    assertThat(terminateConverge(target.name())).as("backends terminated").isEqualTo(1);
                }
            };
            assertThatThrownBy(() -> new ApplyWorkflow(killer, ApplyListener.SILENT)
                    .apply(request, new ApplyPolicy(true), approve()))
                    .isInstanceOf(ConvergeException.class)
                    .hasMessageStartingWith("inspecting ")
                    .satisfies(e -> assertThat(e.getMessage()).containsAnyOf(
                            "terminating connection due to administrator command", "connection has been closed"));
            assertThat(UserSchema.of(target)).as("target after the terminated inspection").isEqualTo(before);
        }
    }

    /** Terminates the Converge connections to {@code database} and waits until they are gone. */
    static int terminateConverge(String database) {
        return terminate(database, "%");
    }

    /** Polls until a Converge connection to {@code database} runs a query LIKE {@code pattern}, then ends it. */
    static int terminateWhenRunning(String database, String pattern) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
        while (System.nanoTime() < deadline) {
            int ended = terminate(database, pattern);
            if (ended > 0) {
                return ended;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        return 0;
    }

    private static int terminate(String database, String pattern) {
        String sql = """
                SELECT count(*) FILTER (WHERE pg_terminate_backend(pid, 10000)) FROM pg_stat_activity
                WHERE datname = ? AND application_name = 'converge' AND pid <> pg_backend_pid()
                  AND (? = '%' OR (state = 'active' AND query LIKE ?))
                """;
        try (Connection c = TestServer.admin().open(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, database);
            s.setString(2, pattern);
            s.setString(3, pattern);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("terminating backends of " + database + ": " + e.getMessage(), e);
        }
    }

    static ApplyWorkflow.Confirmation approve() {
        return new ApplyWorkflow.Confirmation() {
            @Override
            public void show(PlanResult plan) {
            }

            @Override
            public boolean confirm(PlanResult plan) {
                return true;
            }
        };
    }
}
