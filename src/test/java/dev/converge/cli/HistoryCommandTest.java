package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.apply.HistoryEntry;
import dev.converge.apply.HistoryJournal;
import dev.converge.plan.Plan;
import dev.converge.plan.Statement;
import dev.converge.testing.TestDatabase;

/**
 * The apply history on a real server: a row per run with its outcome, never part of the managed schemas (no drift
 * after apply), refused inside a managed schema, and a run whose session died shows as interrupted.
 */
class HistoryCommandTest {

    @Test
    void successAndFailureAreRecordedAndTheHistoryIsNeverDrift(@TempDir Path dir) throws Exception {
        Path v1 = Files.createDirectory(dir.resolve("v1"));
        Path v2 = Files.createDirectory(dir.resolve("v2"));
        Files.writeString(v1.resolve("s.sql"), "CREATE TABLE t (id int PRIMARY KEY, email text);");
        Files.writeString(v2.resolve("s.sql"), "CREATE TABLE t (id int PRIMARY KEY, email text NOT NULL);");
        Path v3 = Files.createDirectory(dir.resolve("v3"));
        Files.writeString(v3.resolve("s.sql"), "CREATE TABLE t (id int PRIMARY KEY, email integer);");
        try (TestDatabase db = TestDatabase.create()) {
            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", v1.toString(), "--auto-approve").exitCode())
                    .isZero();
            assertThat(CliRun.of("plan", "--db", db.url(), "--desired", v1.toString()).exitCode()).isZero();
            assertThat(CliRun.of("drift", "--db", db.url(), "--desired", v1.toString()).exitCode()).isZero();

            db.execute("INSERT INTO t VALUES (1, NULL), (2, 'abc')");
            CliRun failed = CliRun.of("apply", "--db", db.url(), "--desired", v3.toString(), "--auto-approve",
                    "--no-data-checks", "--allow-destructive", "--allow-hazard", "table-rewrite",
                    "--allow-hazard", "access-exclusive-lock");
            assertThat(failed.exitCode()).as(failed.all()).isEqualTo(1);
            assertThat(failed.err()).contains("invalid input syntax for type integer");

            CliRun history = CliRun.of("history", "--db", db.url(), "--statements");
            assertThat(history.exitCode()).isZero();
            assertThat(history.out()).containsPattern("#2 .* failed +1 statement\\(s\\)")
                    .containsPattern("#1 .* succeeded +1 statement\\(s\\)")
                    .contains("error: applying statement 1 of 1", "ALTER TABLE public.t ALTER COLUMN email TYPE integer",
                            "CREATE TABLE public.t");
            assertThat(history.out().indexOf("#2")).isLessThan(history.out().indexOf("#1"));
            assertThat(db.queryBoolean("SELECT bool_and(row_to_json(h)::text NOT LIKE '%postgresql://%')"
                    + " FROM converge.history h")).isTrue();

            CliRun stopped = CliRun.of("apply", "--db", db.url(), "--desired", v2.toString(), "--auto-approve",
                    "--allow-hazard", "validates-rows");
            assertThat(stopped.exitCode()).isEqualTo(1);
            assertThat(stopped.err()).contains("public.t: 1 row with NULL in email");
            assertThat(db.queryBoolean("SELECT count(*) = 2 FROM converge.history"))
                    .as("a run stopped by the data checks changes nothing, so it is not recorded").isTrue();
        }
    }

    @Test
    void noHistoryLeavesNoTraceAndAManagedHistorySchemaIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("s.sql"), "CREATE SCHEMA converge; CREATE TABLE converge.mine (id int);");
        try (TestDatabase db = TestDatabase.create()) {
            CliRun refused = CliRun.of("apply", "--db", db.url(), "--desired", dir.toString(), "--auto-approve");
            assertThat(refused.exitCode()).isEqualTo(64);
            assertThat(refused.err()).contains("--history-schema");
            assertThat(db.queryBoolean("SELECT to_regnamespace('converge') IS NULL")).isTrue();

            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", dir.toString(), "--auto-approve",
                    "--no-history").exitCode()).isZero();
            assertThat(db.queryBoolean("SELECT to_regclass('converge.history') IS NULL")).isTrue();
            CliRun history = CliRun.of("history", "--db", db.url());
            assertThat(history.exitCode()).isZero();
            assertThat(history.out()).contains("No apply runs recorded");

            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", dir.toString(), "--auto-approve",
                    "--history-schema", "audit").exitCode()).isZero();
            assertThat(CliRun.of("history", "--db", db.url(), "--history-schema", "audit").out())
                    .contains("No apply runs recorded");
        }
    }

    @Test
    void aRunWhoseSessionDiedShowsAsInterrupted() throws Exception {
        Plan plan = new Plan(List.of(new Statement("CREATE TABLE x (id int)", Statement.Execution.TRANSACTION,
                java.util.Set.of(),
                Statement.Action.CREATE,
                dev.converge.plan.Subject.of(dev.converge.plan.Subject.Kind.TABLE,
                        dev.converge.model.QualifiedName.of("public", "x")), "create table public.x")));
        try (TestDatabase db = TestDatabase.create()) {
            Connection running = db.connect();
            HistoryJournal journal = new HistoryJournal(running, "converge");
            journal.ensureTable();
            long id = journal.start(plan, new HistoryJournal.Run("someone", "somewhere", "test"));
            try (Connection reader = db.connect()) {
                List<HistoryEntry> entries = new HistoryJournal(reader, "converge").list(10);
                assertThat(entries).singleElement().satisfies(e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.outcome()).isEqualTo("running");
                    assertThat(e.planHash()).isEqualTo(HistoryJournal.planHash(plan)).hasSize(64);
                });
                running.close();
                waitUntilGone(reader);
                assertThat(new HistoryJournal(reader, "converge").list(10)).singleElement()
                        .satisfies(e -> assertThat(e.outcome()).isEqualTo("interrupted"));
            }
            assertThat(CliRun.of("history", "--db", db.url()).out()).contains("interrupted", "someone@somewhere");
        }
    }

    /** A closed session leaves pg_stat_activity a moment later, not at once. */
    private static void waitUntilGone(Connection reader) throws Exception {
        for (int i = 0; i < 50; i++) {
            try (var s = reader.createStatement(); var rows = s.executeQuery(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")) {
                rows.next();
                if (rows.getLong(1) == 1) {
                    return;
                }
            }
            Thread.sleep(100);
        }
    }
}
