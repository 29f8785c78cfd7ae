package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * Two {@code apply} processes started at the same moment against one database, and a third, told not to wait,
 * while the first applies. Converge's advisory lock must let exactly one apply the plan: the other waits, then
 * plans against what the first left and finds nothing to do; the third fails at once, clearly. The history must
 * show one run that applied, and no statement recorded twice.
 */
class ConcurrentApplyTest {

    private static final String CURRENT = "CREATE TABLE t0 (id int PRIMARY KEY); INSERT INTO t0 VALUES (1);";
    /** slow() makes the first statement take 3 s (the table has a row to fill), so that the runs overlap. */
    private static final String DESIRED = """
            CREATE FUNCTION slow() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 1 FROM pg_sleep(3)';
            CREATE TABLE t0 (id int PRIMARY KEY, added int DEFAULT slow());
            CREATE TABLE t1 (id int PRIMARY KEY, t0 int REFERENCES t0);
            CREATE TABLE t2 (id int PRIMARY KEY, name text UNIQUE);
            CREATE SEQUENCE s1;
            CREATE VIEW v1 AS SELECT id FROM t1;
            """;
    private static final String[] ALLOW = {"--auto-approve", "--allow-hazard", "table-rewrite", "--allow-hazard",
        "access-exclusive-lock", "--allow-hazard", "unmanaged-dependencies"};

    @Test
    void oneOfTwoConcurrentAppliesAppliesAndNoStatementRunsTwice(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            ConvergeProcess first = apply(dir, target, desired);
            ConvergeProcess second = apply(dir, target, desired);
            waitUntilApplying(target, first, second);
            ConvergeProcess noWait = apply(dir, target, desired, "--wait-for-lock", "0");

            assertThat(noWait.waitFor()).as(noWait.output()).isEqualTo(1);
            assertThat(noWait.output()).contains("another apply is running on", "nothing was changed")
                    .doesNotContain("Exception", "\tat ");
            List<String> outputs = List.of(waitForSuccess(first), waitForSuccess(second));
            assertThat(outputs).as("one applies, the other finds nothing to do")
                    .filteredOn(o -> o.contains("Applied ")).hasSize(1);
            assertThat(outputs).filteredOn(o -> o.contains("No changes: ")).hasSize(1);

            assertThat(target.queryBoolean("SELECT count(*) = 1 FROM converge.history")).as("history rows").isTrue();
            assertThat(target.queryBoolean("SELECT count(*) = 1 FROM converge.history WHERE outcome = 'succeeded'"))
                    .isTrue();
            assertThat(target.queryBoolean("SELECT count(*) = count(DISTINCT s) AND count(*) > 5 "
                    + "FROM converge.history, unnest(statements) s")).as("no statement recorded twice").isTrue();
            assertThat(CliCapture.run("drift", "--db", target.url(), "--desired", desired.toString()).exitCode())
                    .as("the result is the desired state").isZero();
            assertThat(target.queryBoolean("SELECT count(*) = 1 FROM t0 WHERE added = 1")).as("the data").isTrue();
        }
    }

    private static ConvergeProcess apply(Path dir, TestDatabase target, Path desired, String... more)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("apply", "--db", target.url(), "--desired", desired.toString()));
        args.addAll(List.of(ALLOW));
        args.addAll(List.of(more));
        return ConvergeProcess.start(dir, Map.of(), args.toArray(String[]::new));
    }

    private static String waitForSuccess(ConvergeProcess apply) throws InterruptedException {
        assertThat(apply.waitFor()).as(apply.output()).isZero();
        return apply.output();
    }

    /** Until one of the two runs the slow statement: it holds the advisory lock then. */
    private static void waitUntilApplying(TestDatabase target, ConvergeProcess... applies) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            for (ConvergeProcess apply : applies) {
                assertThat(apply.isAlive()).as("apply still running: %s", apply.output()).isTrue();
            }
            if (!ServerAdmin.strings("SELECT pid FROM pg_stat_activity WHERE datname = ? AND state = 'active' "
                    + "AND query LIKE '%ADD COLUMN added%'", target.name()).isEmpty()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("neither apply reached the slow statement");
    }
}
