package dev.converge.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.app.ApplyOptions;
import dev.converge.app.ApplyPolicy;
import dev.converge.app.ApplyWorkflow;
import dev.converge.app.ApplyWorkflow.ApplyResult;
import dev.converge.app.ApplyWorkflow.Outcome;
import dev.converge.app.PlanResult;
import dev.converge.app.PlanWorkflow;
import dev.converge.app.Progress;
import dev.converge.app.Target;
import dev.converge.apply.ApplyListener;
import dev.converge.apply.ExecutionSettings;
import dev.converge.error.ConvergeException;
import dev.converge.plan.Statement;
import dev.converge.testing.TestDatabase;

/**
 * The online guarantees of apply on a real PostgreSQL: NOT VALID then VALIDATE, NOT NULL through a check, lock
 * timeouts retried while another session holds a lock, two applies at once, and an index left invalid by a failed
 * concurrent build rebuilt by the next apply.
 */
class SafeApplyTest {

    /** Short timeouts and pauses so that the lock tests take a second or two. */
    private static ExecutionSettings fast(int retries) {
        return new ExecutionSettings(Duration.ofMillis(200), Duration.ofMinutes(1), retries, Duration.ZERO,
                Duration.ofMillis(100));
    }

    private static Target target(TestDatabase db, Path desired) {
        return new Target(db.spec(), List.of(desired), Set.of(), null);
    }

    private static Path desired(Path dir, String sql) throws Exception {
        Path file = dir.resolve("schema.sql");
        Files.writeString(file, sql);
        return file;
    }

    private static ApplyResult apply(Target target, ExecutionSettings settings, ApplyListener listener) {
        // The data checks are off: these tests make the statements themselves fail, after the checks would have.
        ApplyOptions noDataChecks = new ApplyOptions(false, ApplyOptions.defaults().historySchema());
        return new ApplyWorkflow(Progress.SILENT, listener, settings, noDataChecks).apply(target,
                ApplyPolicy.allowAll(), approve());
    }

    @Test
    void constraintsAndNotNullAreAddedNotValidThenValidated(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE TABLE a (id int PRIMARY KEY);
                CREATE TABLE b (id int, a_id int, n int);
                INSERT INTO a VALUES (1), (2);
                INSERT INTO b VALUES (1, 1, 5), (2, 2, NULL);""")) {
            Target target = target(db, desired(dir, """
                    CREATE TABLE a (id int PRIMARY KEY);
                    CREATE TABLE b (id int NOT NULL, a_id int REFERENCES a, n int CHECK (n > 0));"""));
            PlanResult plan = new PlanWorkflow(Progress.SILENT).plan(target);
            assertThat(plan.plan().statements()).extracting(Statement::sql)
                    .anyMatch(sql -> sql.endsWith("REFERENCES public.a(id) NOT VALID"))
                    .anyMatch(sql -> sql.endsWith("CHECK ((n > 0)) NOT VALID"))
                    .contains("ALTER TABLE public.b VALIDATE CONSTRAINT b_a_id_fkey",
                            "ALTER TABLE public.b VALIDATE CONSTRAINT b_n_check",
                            "ALTER TABLE public.b VALIDATE CONSTRAINT converge_not_null_id");

            assertThat(apply(target, ExecutionSettings.DEFAULTS, ApplyListener.SILENT).outcome())
                    .isEqualTo(Outcome.APPLIED);
            assertThat(db.queryBoolean("SELECT bool_and(convalidated) AND count(*) = 2 FROM pg_constraint "
                    + "WHERE conrelid = 'b'::regclass")).as("both constraints validated, no helper check left")
                    .isTrue();
            assertThat(db.queryBoolean("SELECT attnotnull FROM pg_attribute WHERE attrelid = 'b'::regclass "
                    + "AND attname = 'id'")).isTrue();
            assertThat(new PlanWorkflow(Progress.SILENT).plan(target).plan().isEmpty()).isTrue();
        }
    }

    @Test
    void aFailedValidationLeavesARerunThatConverges(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int); INSERT INTO t VALUES (1), (NULL);")) {
            Target target = target(db, desired(dir, "CREATE TABLE t (id int NOT NULL);"));
            assertThatThrownBy(() -> apply(target, ExecutionSettings.DEFAULTS, ApplyListener.SILENT))
                    .isInstanceOf(ConvergeException.class)
                    .hasMessageContaining("validate the check").hasMessageContaining("a new apply continues");
            db.execute("UPDATE t SET id = 0 WHERE id IS NULL");
            assertThat(apply(target, ExecutionSettings.DEFAULTS, ApplyListener.SILENT).outcome())
                    .isEqualTo(Outcome.APPLIED);
            assertThat(db.queryBoolean("SELECT attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass "
                    + "AND attname = 'id'")).isTrue();
            assertThat(db.queryBoolean("SELECT count(*) = 0 FROM pg_constraint WHERE conrelid = 't'::regclass"))
                    .isTrue();
        }
    }

    @Test
    void aLockTimeoutIsRetriedUntilTheOtherSessionLetsGo(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int);");
             Connection holder = db.connect()) {
            Target target = target(db, desired(dir, "CREATE TABLE t (id int, note text);"));
            holdLock(holder);
            AtomicInteger retries = new AtomicInteger();
            // The holder lets go during the third pause; the retry after it gets the lock.
            ApplyResult result = apply(target, fast(20), new ApplyListener() {
                @Override
                public void retrying(int index, int total, Statement statement, int attempt, long delayMillis) {
                    if (retries.incrementAndGet() == 3) {
                        rollback(holder);
                    }
                }
            });
            assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(retries.get()).as("retries while the lock was held").isPositive();
            assertThat(db.queryBoolean("SELECT count(*) = 1 FROM pg_attribute WHERE attrelid = 't'::regclass "
                    + "AND attname = 'note'")).isTrue();
        }
    }

    @Test
    void aLockTimeoutFailsCleanlyAfterTheRetries(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int);");
             Connection holder = db.connect()) {
            Target target = target(db, desired(dir, "CREATE TABLE t (id int, note text);"));
            holdLock(holder);
            AtomicInteger retries = new AtomicInteger();
            assertThatThrownBy(() -> apply(target, fast(2), new ApplyListener() {
                @Override
                public void retrying(int index, int total, Statement statement, int attempt, long delayMillis) {
                    retries.incrementAndGet();
                }
            })).isInstanceOf(ConvergeException.class)
                    .hasMessageContaining("could not get a lock within lock_timeout 200 ms, 3 attempts")
                    .hasMessageContaining("the database is unchanged")
                    .satisfies(e -> assertThat(((ConvergeException) e).sqlState()).isEqualTo("55P03"));
            assertThat(retries.get()).isEqualTo(2);
            rollback(holder);
            assertThat(db.queryBoolean("SELECT count(*) = 0 FROM pg_attribute WHERE attrelid = 't'::regclass "
                    + "AND attname = 'note'")).isTrue();
        }
    }

    @Test
    void concurrentAppliesNeverInterleave(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int);")) {
            Target target = target(db, desired(dir, "CREATE TABLE t (id int, note text);"
                    + " CREATE INDEX t_note ON t (note);"));
            CountDownLatch firstIsApplying = new CountDownLatch(1);
            CountDownLatch letFirstGo = new CountDownLatch(1);
            CompletableFuture<ApplyResult> first = CompletableFuture.supplyAsync(() -> apply(target,
                    ExecutionSettings.DEFAULTS, new ApplyListener() {
                        @Override
                        public void starting(int index, int total, Statement statement) {
                            firstIsApplying.countDown();
                            await(letFirstGo);
                        }
                    }));
            assertThat(firstIsApplying.await(60, TimeUnit.SECONDS)).isTrue();

            ExecutionSettings noWait = ExecutionSettings.DEFAULTS;
            noWait = new ExecutionSettings(noWait.lockTimeout(), noWait.statementTimeout(), noWait.lockRetries(),
                    Duration.ZERO, noWait.retryDelay());
            ExecutionSettings failFast = noWait;
            assertThatThrownBy(() -> apply(target, failFast, ApplyListener.SILENT))
                    .isInstanceOf(ConvergeException.class)
                    .hasMessageContaining("another apply is running on")
                    .hasMessageContaining("session pid")
                    .hasMessageContaining("nothing was changed");

            CompletableFuture<ApplyResult> waiting = CompletableFuture.supplyAsync(() -> apply(target,
                    new ExecutionSettings(Duration.ofSeconds(5), Duration.ofMinutes(1), 5, Duration.ofSeconds(60),
                            Duration.ofMillis(100)), ApplyListener.SILENT));
            sleep(500);
            assertThat(waiting).as("the second apply waits for the first").isNotDone();
            letFirstGo.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(waiting.get(60, TimeUnit.SECONDS).outcome())
                    .as("the waiting apply plans against what the first left").isEqualTo(Outcome.NOTHING_TO_DO);
            assertThat(new PlanWorkflow(Progress.SILENT).plan(target).plan().isEmpty()).isTrue();
        }
    }

    @Test
    void anIndexLeftInvalidByAFailedConcurrentBuildIsRebuilt(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int); INSERT INTO t VALUES (1), (1);")) {
            Target target = target(db, desired(dir, "CREATE TABLE t (id int); CREATE UNIQUE INDEX t_id ON t (id);"));
            assertThatThrownBy(() -> apply(target, ExecutionSettings.DEFAULTS, ApplyListener.SILENT))
                    .isInstanceOf(ConvergeException.class)
                    .hasMessageContaining("CREATE UNIQUE INDEX CONCURRENTLY")
                    .hasMessageContaining("invalid index");
            assertThat(db.queryBoolean("SELECT NOT indisvalid FROM pg_index WHERE indexrelid = 't_id'::regclass"))
                    .as("the failed build left an invalid index").isTrue();

            db.execute("DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t)");
            PlanResult plan = new PlanWorkflow(Progress.SILENT).plan(target);
            assertThat(plan.plan().statements()).extracting(Statement::sql).containsExactly(
                    "DROP INDEX CONCURRENTLY IF EXISTS public.t_id",
                    "CREATE UNIQUE INDEX CONCURRENTLY t_id ON public.t USING btree (id)");
            assertThat(apply(target, ExecutionSettings.DEFAULTS, ApplyListener.SILENT).outcome())
                    .isEqualTo(Outcome.APPLIED);
            assertThat(db.queryBoolean("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_id'::regclass"))
                    .isTrue();
            assertThat(new PlanWorkflow(Progress.SILENT).plan(target).plan().isEmpty()).isTrue();
        }
    }

    /** An open transaction that read the table: its ACCESS SHARE lock blocks any ALTER TABLE. */
    private static void holdLock(Connection holder) throws SQLException {
        holder.setAutoCommit(false);
        try (java.sql.Statement s = holder.createStatement()) {
            s.execute("SELECT * FROM t");
        }
    }

    private static void rollback(Connection holder) {
        try {
            holder.rollback();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ApplyWorkflow.Confirmation approve() {
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
