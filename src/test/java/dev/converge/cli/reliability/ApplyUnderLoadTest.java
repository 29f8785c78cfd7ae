package dev.converge.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * Apply while an application works on the table being changed: a small load generator (three connections on
 * loopback, each in a loop of short transactions that lock a row with {@code SELECT ... FOR UPDATE}, update it,
 * hold it a few milliseconds, commit, then read) runs for the whole apply and a second after, and a fourth
 * connection, a slow job, holds a row lock across apply's first attempt, so that apply's lock request really times
 * out and retries while the short transactions queue behind it. Apply runs with
 * {@code --lock-timeout 500ms}: while its ALTER TABLE waits for the ACCESS EXCLUSIVE lock, the application's new
 * queries queue behind it, and the lock timeout bounds that wait; once it has the lock, the transaction is short.
 * The longest time any single application statement took is measured on the client and must stay below the lock
 * timeout of one attempt (plus a scheduling margin for a loaded 2-core machine, reported separately).
 */
class ApplyUnderLoadTest {

    private static final long LOCK_TIMEOUT_MS = 500;
    private static final int ROWS = 200;
    private static final int WORKERS = 3;

    private static final String CURRENT = """
            CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL);
            INSERT INTO accounts SELECT g, 100 FROM generate_series(1, %d) g;
            """.formatted(ROWS);
    private static final String DESIRED = """
            CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL, note text,
                CONSTRAINT balance_not_huge CHECK (balance < 1000000000));
            CREATE INDEX accounts_balance ON accounts (balance);
            CREATE TABLE ledger (id bigint PRIMARY KEY, account int REFERENCES accounts (id));
            """;

    /** The longest stall measured, for docs/reliability.md; printed so a run shows it. */
    static volatile long longestStallMillis;

    @Test
    void applyNeverBlocksTheApplicationLongerThanItsLockTimeout(@TempDir Path dir) throws Exception {
        Path desired = Files.writeString(dir.resolve("desired.sql"), DESIRED);
        try (TestDatabase target = TestDatabase.withSql(CURRENT)) {
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong longestNanos = new AtomicLong();
            AtomicLong statements = new AtomicLong();
            CountDownLatch holding = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 1);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                workers.add(pool.submit(() -> {
                    load(target, running, longestNanos, statements);
                    return null;
                }));
            }
            workers.add(pool.submit(() -> {
                slowJob(target, running, longestNanos, statements, holding);
                return null;
            }));
            CliCapture apply;
            try {
                Thread.sleep(500);
                assertThat(holding.await(30, TimeUnit.SECONDS)).as("the slow job holds its lock").isTrue();
                apply = CliCapture.run("apply", "--db", target.url(), "--desired", desired.toString(),
                        "--auto-approve", "--lock-timeout", LOCK_TIMEOUT_MS + "ms", "--lock-retries", "20",
                        "--allow-hazard", "access-exclusive-lock", "--allow-hazard", "share-lock",
                        "--allow-hazard", "index-build", "--allow-hazard", "validates-rows");
                Thread.sleep(1000);
            } finally {
                running.set(false);
                pool.shutdown();
                assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            CliCapture drift = CliCapture.run("drift", "--db", target.url(), "--desired", desired.toString());
            assertThat(drift.exitCode()).as(drift.all()).isZero();

            longestStallMillis = TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
            long retries = apply.err().lines().filter(l -> l.contains("lock timeout, retry")).count();
            System.out.printf("ApplyUnderLoadTest: %d application statements, longest %d ms, lock timeout %d ms,"
                    + " %d lock retries of apply%n", statements.get(), longestStallMillis, LOCK_TIMEOUT_MS, retries);
            assertThat(statements.get()).as("the load ran").isGreaterThan(100);
            assertThat(retries).as("apply met the slow job's lock and retried:\n%s", apply.err()).isPositive();
            assertThat(longestStallMillis).as("longest application stall (ms)")
                    .isLessThan(LOCK_TIMEOUT_MS + 250);
        }
    }

    /** One application connection: lock a row, update it, hold it briefly, commit, read; each statement timed. */
    private static void load(TestDatabase target, AtomicBoolean running, AtomicLong longest, AtomicLong count)
            throws SQLException, InterruptedException {
        try (Connection c = target.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT balance FROM accounts WHERE id = ? FOR UPDATE");
                    PreparedStatement update = c.prepareStatement(
                            "UPDATE accounts SET balance = balance + 1 WHERE id = ?");
                    PreparedStatement read = c.prepareStatement("SELECT count(*), sum(balance) FROM accounts")) {
                while (running.get()) {
                    int id = ThreadLocalRandom.current().nextInt(1, ROWS);
                    lock.setInt(1, id);
                    timed(longest, count, () -> {
                        try (ResultSet rows = lock.executeQuery()) {
                            rows.next();
                        }
                    });
                    update.setInt(1, id);
                    timed(longest, count, update::executeUpdate);
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 30));
                    timed(longest, count, c::commit);
                    timed(longest, count, () -> {
                        try (ResultSet rows = read.executeQuery()) {
                            rows.next();
                        }
                        c.commit();
                    });
                }
            }
        }
    }

    /**
     * A batch job on the last row, which holds its row lock (and so the table's ROW SHARE) across apply's first
     * attempt: it keeps the lock until it has seen apply's ALTER TABLE wait for it and give up (lock timeout), so
     * that at least one retry happens whatever the timing; then it holds the lock 1.2 s at a time.
     */
    private static void slowJob(TestDatabase target, AtomicBoolean running, AtomicLong longest, AtomicLong count,
                                CountDownLatch holding) throws SQLException, InterruptedException {
        try (Connection c = target.connect(); Connection watcher = target.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("SELECT balance FROM accounts WHERE id = ? FOR UPDATE");
                    PreparedStatement waiting = watcher.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                            + "WHERE datname = current_database() AND wait_event_type = 'Lock' "
                            + "AND query LIKE 'ALTER TABLE%'")) {
                lock.setInt(1, ROWS);
                timed(longest, count, () -> {
                    try (ResultSet rows = lock.executeQuery()) {
                        rows.next();
                    }
                });
                holding.countDown();
                boolean sawWait = false;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (running.get() && System.nanoTime() < deadline) {
                    boolean waits;
                    try (ResultSet rows = waiting.executeQuery()) {
                        rows.next();
                        waits = rows.getInt(1) > 0;
                    }
                    if (sawWait && !waits) {
                        break;
                    }
                    sawWait |= waits;
                    Thread.sleep(20);
                }
                timed(longest, count, c::commit);
                while (running.get()) {
                    timed(longest, count, () -> {
                        try (ResultSet rows = lock.executeQuery()) {
                            rows.next();
                        }
                    });
                    Thread.sleep(1200);
                    timed(longest, count, c::commit);
                    Thread.sleep(300);
                }
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void timed(AtomicLong longest, AtomicLong count, SqlAction action) throws SQLException {
        long start = System.nanoTime();
        action.run();
        long took = System.nanoTime() - start;
        count.incrementAndGet();
        longest.accumulateAndGet(took, Math::max);
    }
}
