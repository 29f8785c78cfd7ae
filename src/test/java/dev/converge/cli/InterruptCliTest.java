package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.cli.CliProcessTest.Run;
import dev.converge.testing.TestDatabase;

/**
 * Issue 14, "interrupts and long statements": Ctrl-C (SIGINT) and SIGTERM sent to a converge process while apply
 * runs a slow statement, piped and on a pseudo-terminal. The statement must be gone from the server within
 * seconds (cancelled, not left running with its locks), the database left as the report says, and the run recorded
 * as cancelled. The slow statements call a function that sleeps: per row of the table, which holds one row.
 */
class InterruptCliTest {

    /** An added column whose volatile default rewrites the table, calling slow() once for its one row. */
    private static final String SLOW_DEFAULT = """
            CREATE FUNCTION public.slow() RETURNS int LANGUAGE sql VOLATILE AS 'SELECT 1 FROM pg_sleep(120)';
            CREATE TABLE public.orders (id int PRIMARY KEY);
            """;

    /** An expression index built CONCURRENTLY after the transaction, calling slow_key() for the one row. */
    private static final String SLOW_INDEX = """
            CREATE FUNCTION public.slow_key(i int) RETURNS int LANGUAGE plpgsql IMMUTABLE
                AS $$BEGIN PERFORM pg_sleep(%d); RETURN i; END$$;
            CREATE TABLE public.orders (id int PRIMARY KEY);
            """;

    private static final Map<String, String> PLAIN = Map.of("NO_COLOR", "1");

    @TempDir
    Path dir;

    @Test
    void sigtermWhilePipedCancelsTheStatementRollsBackAndRecordsTheRun() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(SLOW_DEFAULT + "INSERT INTO public.orders VALUES (1);")) {
            Path desired = Files.writeString(dir.resolve("schema.sql"), SLOW_DEFAULT.replace("(id int PRIMARY KEY)",
                    "(id int PRIMARY KEY, extra int DEFAULT public.slow())")
                    + "CREATE TABLE public.tags (id int PRIMARY KEY);\n");
            try (CliProcess apply = CliProcess.start(false, PLAIN, "apply", "--db", db.url(), "--desired",
                    desired.toString(), "--auto-approve", "--no-rehearse", "--dev-db", "target")) {
                apply.awaitShown("converge: still running: [2/2] ALTER TABLE public.orders ADD COLUMN extra integer"
                        + " DEFAULT ... 10s\n", Duration.ofSeconds(60));
                apply.signal("TERM");
                Run run = apply.finish(Duration.ofSeconds(20));
                assertThat(run.exitCode()).as(run.all()).isEqualTo(130);
                assertThat(run.err()).contains("statement 2 of 2 (add column public.orders.extra) was cancelled on "
                        + "the server and its transaction rolled back", "Nothing was changed",
                        "Not applied (2 statements", "  - create table public.tags");
            }
            assertThat(statementGone(db, "public.slow()")).as("the ALTER is no longer running").isTrue();
            assertThat(db.queryBoolean("SELECT to_regclass('public.tags') IS NULL AND NOT EXISTS (SELECT FROM "
                    + "information_schema.columns WHERE table_name = 'orders' AND column_name = 'extra')"))
                    .as("the database is unchanged").isTrue();
            assertThat(db.queryBoolean("SELECT outcome = 'cancelled' AND error LIKE '%Nothing was changed%' FROM "
                    + "converge.history ORDER BY id DESC LIMIT 1")).as("recorded as cancelled").isTrue();
        }
    }

    @Test
    void ctrlCOnATerminalAfterACommitReportsWhatStays() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(SLOW_INDEX.formatted(120)
                + "INSERT INTO public.orders VALUES (1);")) {
            Path desired = Files.writeString(dir.resolve("schema.sql"), SLOW_INDEX.formatted(120)
                    + "CREATE INDEX orders_slow ON public.orders (public.slow_key(id));\n"
                    + "CREATE TABLE public.tags (id int PRIMARY KEY);\n");
            try (CliProcess apply = CliProcess.start(true, PLAIN, "apply", "--db", db.url(), "--desired",
                    desired.toString(), "--auto-approve", "--no-rehearse", "--dev-db", "target", "--allow-hazard", "index-build")) {
                apply.awaitShown("\r\u001b[Kconverge: still running: [2/2] CREATE INDEX CONCURRENTLY orders_slow ON "
                        + "public.orders USING ... 2.0s", Duration.ofSeconds(60));
                apply.awaitShown("\r\u001b[Kconverge: still running: [2/2] CREATE INDEX CONCURRENTLY orders_slow ON "
                        + "public.orders USING ... 3.0s", Duration.ofSeconds(10));
                apply.signal("INT");
                Run run = apply.finish(Duration.ofSeconds(20));
                assertThat(run.exitCode()).as(run.all()).isEqualTo(130);
                assertThat(run.all()).contains("[1/2] create table public.tags",
                        "statement 2 of 2 (create index public.orders_slow on public.orders (concurrently)) was "
                                + "cancelled on the server",
                        "invalid index it leaves is dropped and rebuilt by the next apply",
                        "Committed before the interrupt (1 statement, they stay):\r\n  - create table public.tags",
                        "Not applied (1 statement");
            }
            assertThat(statementGone(db, "slow_key")).as("the index build is no longer running").isTrue();
            assertThat(db.queryBoolean("SELECT to_regclass('public.tags') IS NOT NULL")).as("committed").isTrue();
            assertThat(db.queryBoolean("SELECT outcome = 'cancelled' FROM converge.history ORDER BY id DESC LIMIT 1"))
                    .isTrue();
        }
    }

    @Test
    void ctrlCAtTheConfirmationPromptChangesNothing() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Path desired = Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE public.tags (id int);\n");
            try (CliProcess apply = CliProcess.start(true, PLAIN, "apply", "--db", db.url(), "--desired",
                    desired.toString(), "--no-rehearse", "--dev-db", "target")) {
                String target = "postgresql://" + db.spec().user() + "@" + db.spec().host() + ":" + db.spec().port()
                        + "/" + db.name();
                apply.awaitShown("Apply 1 statement to " + target + "? Only 'yes' is accepted: ",
                        Duration.ofSeconds(60));
                apply.signal("INT");
                Run run = apply.finish(Duration.ofSeconds(20));
                assertThat(run.exitCode()).as(run.all()).isEqualTo(130);
                assertThat(run.all()).contains("accepted: \r\nconverge: cancelled; nothing changed");
            }
            assertThat(db.queryBoolean("SELECT to_regclass('public.tags') IS NULL")).isTrue();
        }
    }

    @Test
    void quietShowsNoTimerOnATerminal() throws Exception {
        try (TestDatabase db = TestDatabase.withSql(SLOW_INDEX.formatted(4) + "INSERT INTO public.orders VALUES (1);")) {
            Path desired = Files.writeString(dir.resolve("schema.sql"), SLOW_INDEX.formatted(4)
                    + "CREATE INDEX orders_slow ON public.orders (public.slow_key(id));\n");
            try (CliProcess apply = CliProcess.start(true, PLAIN, "apply", "--db", db.url(), "--desired",
                    desired.toString(), "--auto-approve", "--no-rehearse", "--dev-db", "target", "--quiet",
                    "--allow-hazard", "index-build")) {
                Run run = apply.finish(Duration.ofSeconds(60));
                assertThat(run.exitCode()).as(run.all()).isZero();
                assertThat(run.all()).contains("Applied 1 statement").doesNotContain("still running", "[1/1]");
            }
        }
    }

    /** Whether no session of the database runs a statement containing {@code text}, waiting up to 5 s. */
    private static boolean statementGone(TestDatabase db, String text) throws InterruptedException {
        String query = "SELECT NOT EXISTS (SELECT FROM pg_stat_activity WHERE datname = current_database() AND pid <> "
                + "pg_backend_pid() AND state = 'active' AND query LIKE '%" + text + "%')";
        for (int i = 0; i < 50; i++) {
            if (db.queryBoolean(query)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
