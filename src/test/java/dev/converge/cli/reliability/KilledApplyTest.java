package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * SIGKILL of an {@code apply} process at several statement boundaries of a 32-statement plan. To stop the process
 * exactly there, a test connection holds a lock on the table of statement k: the apply blocks on it after running
 * statements 1..k-1 (checked through pg_locks), and is killed. The plan runs in one transaction, so afterwards the
 * database must be entirely in the old state (but for the history table, which records each killed run as
 * interrupted), and the next apply must converge.
 */
class KilledApplyTest {

    private static final int TABLES = 32;
    /**
     * Each kill costs one JVM start plus loading the desired state (about 3 s on 2 shared cores), so the default
     * run kills at a spread of boundaries (first, second, middle, last and a few between); {@code
     * -Dconverge.killEveryBoundary=true} kills before every one of the 32 statements (JVMs one after the other:
     * a kill needs the blocker's lock in a known place, and 2 shared cores gain nothing from parallel JVMs).
     */
    private static final int[] KILL_BEFORE = Boolean.getBoolean("converge.killEveryBoundary")
            ? java.util.stream.IntStream.rangeClosed(1, TABLES).toArray()
            : new int[] {1, 2, 7, 11, 16, 23, 29, 32};

    @Test
    void killedApplyLeavesTheOldStateAndTheNextApplyConverges(@TempDir Path dir) throws Exception {
        StringBuilder current = new StringBuilder();
        StringBuilder desired = new StringBuilder();
        for (int i = 1; i <= TABLES; i++) {
            String table = "t%02d".formatted(i);
            current.append("CREATE TABLE ").append(table).append(" (id int PRIMARY KEY);\n")
                    .append("INSERT INTO ").append(table).append(" VALUES (").append(i).append(");\n");
            desired.append("CREATE TABLE ").append(table)
                    .append(" (id int PRIMARY KEY, added text NOT NULL DEFAULT 'new');\n");
        }
        Path desiredFile = Files.writeString(dir.resolve("desired.sql"), desired.toString());
        try (TestDatabase target = TestDatabase.withSql(current.toString())) {
            List<String> old = managedSchema(target);
            List<String> order = tablesInPlanOrder(target, desiredFile);
            assertThat(order).as("one statement per table").hasSize(TABLES);

            for (int k : KILL_BEFORE) {
                String blocked = order.get(k - 1);
                try (Connection blocker = target.connect()) {
                    blocker.setAutoCommit(false);
                    try (Statement s = blocker.createStatement()) {
                        s.execute("LOCK TABLE " + blocked + " IN ACCESS SHARE MODE");
                    }
                    ConvergeProcess apply = ConvergeProcess.start(dir, Map.of(), "apply", "--db", target.url(),
                            "--desired", desiredFile.toString(), "--auto-approve", "--quiet", "--lock-timeout", "0");
                    int backend = waitUntilBlocked(target, blocked, apply);
                    assertThat(lockedTables(target, backend)).as("statements run before statement %d", k)
                            .isEqualTo(k - 1);
                    apply.kill();
                    blocker.rollback();
                    ServerAdmin.waitUntilGone(backend, Duration.ofSeconds(60));
                }
                assertThat(managedSchema(target)).as("schema after SIGKILL before statement %d", k)
                        .isEqualTo(old);
                assertThat(target.queryBoolean("SELECT count(*) = 0 FROM information_schema.columns "
                        + "WHERE column_name = 'added'")).as("no column added").isTrue();
            }

            CliCapture history = CliCapture.run("history", "--db", target.url(), "--limit", "100");
            assertThat(history.exitCode()).as(history.all()).isZero();
            assertThat(history.out().lines().filter(l -> l.contains("interrupted")).count())
                    .as("every killed run shows as interrupted:\n%s", history.out()).isEqualTo(KILL_BEFORE.length);

            ConvergeProcess again = ConvergeProcess.start(dir, Map.of(), "apply", "--db", target.url(),
                    "--desired", desiredFile.toString(), "--auto-approve");
            assertThat(again.waitFor()).as(again.output()).isZero();
            CliCapture drift = CliCapture.run("drift", "--db", target.url(), "--desired", desiredFile.toString());
            assertThat(drift.exitCode()).as(drift.all()).isZero();
            assertThat(target.queryBoolean("SELECT count(*) = 1 FROM t17 WHERE added = 'new'")).isTrue();
        }
    }

    /**
     * The schema without Converge's history table: a run is recorded as running in its own committed transaction
     * before its first statement (so that a killed run stays visible), so that table is there after any kill.
     */
    private static List<String> managedSchema(TestDatabase target) {
        return SchemaDump.of(target.spec()).stream()
                .filter(s -> !s.contains(" converge.") && !s.contains("SCHEMA converge")).toList();
    }

    /** The tables in the order the plan alters them, read from {@code converge plan}'s output. */
    private static List<String> tablesInPlanOrder(TestDatabase target, Path desired) {
        CliCapture plan = CliCapture.run("plan", "--db", target.url(), "--desired", desired.toString());
        assertThat(plan.exitCode()).as(plan.all()).isEqualTo(2);
        List<String> tables = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^ALTER TABLE public\\.(t\\d\\d) ").matcher(plan.out());
        while (m.find()) {
            tables.add(m.group(1));
        }
        return tables;
    }

    /** The apply's backend once it waits for the lock on {@code table}. */
    private static int waitUntilBlocked(TestDatabase target, String table, ConvergeProcess apply) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String sql = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                + "AND application_name = 'converge' AND wait_event_type = 'Lock' AND query LIKE ?";
        while (System.nanoTime() < deadline) {
            assertThat(apply.isAlive()).as("apply still running: %s", apply.output()).isTrue();
            try (Connection c = target.connect(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, "%ALTER TABLE public." + table + " %");
                try (ResultSet rows = s.executeQuery()) {
                    if (rows.next()) {
                        return rows.getInt(1);
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("apply never blocked on " + table + ": " + apply.output());
    }

    /** How many tNN tables the backend holds ACCESS EXCLUSIVE: one per statement it has run. */
    private static int lockedTables(TestDatabase target, int backend) throws SQLException {
        String sql = "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                + "WHERE l.pid = ? AND l.mode = 'AccessExclusiveLock' AND l.granted AND c.relname ~ '^t[0-9]{2}$'";
        try (Connection c = target.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, backend);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
