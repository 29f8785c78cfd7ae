package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/** {@code apply --backup} and {@code converge backups} on a real server: nothing dropped is lost. */
class BackupCommandTest {

    private static final String CURRENT = """
            CREATE TABLE items (id int PRIMARY KEY, code text, legacy text);
            INSERT INTO items VALUES (1, 'a', 'L1'), (2, 'b', 'L2'), (3, 'c', NULL);
            CREATE TABLE old_log (id serial PRIMARY KEY, message text);
            INSERT INTO old_log (message) VALUES ('one'), ('two');
            """;

    @TempDir
    Path dir;

    @Test
    void droppedTableAndColumnAreKeptAndListedAndThePlanIsEmptyAfterwards() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            Path desired = Files.writeString(dir.resolve("schema.sql"),
                    "CREATE TABLE items (id int PRIMARY KEY, code text);\n");
            // No --allow-destructive: with the backup nothing is destroyed.
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired.toString(), "--backup",
                    "--auto-approve", "--no-history");
            assertThat(apply.exitCode()).as(apply.all()).isEqualTo(Main.EXIT_OK);

            assertThat(db.queryBoolean("SELECT to_regclass('public.old_log') IS NULL")).isTrue();
            assertThat(db.queryBoolean("SELECT count(*) = 2 FROM pg_tables WHERE schemaname = 'converge_backup'"))
                    .isTrue();
            assertThat(db.queryBoolean("SELECT array_agg(message ORDER BY id) = '{one,two}' FROM "
                    + "converge_backup.\"" + backupTable(db, "public__old_log__") + "\"")).isTrue();
            assertThat(db.queryBoolean("SELECT array_agg(id::text || '=' || coalesce(legacy, '-') ORDER BY id) "
                    + "= '{1=L1,2=L2,3=-}' FROM converge_backup.\"" + backupTable(db, "public__items__legacy__")
                    + "\"")).isTrue();

            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired.toString());
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(Main.EXIT_OK);

            CliRun backups = CliRun.of("backups", "--db", db.url());
            assertThat(backups.exitCode()).as(backups.all()).isEqualTo(Main.EXIT_OK);
            assertThat(backups.out()).contains("table public.old_log", "column public.items.legacy",
                    "SET SCHEMA public", "RENAME TO old_log", "UPDATE public.items AS t SET legacy = b.legacy",
                    "WHERE t.id = b.id", "DROP TABLE converge_backup.");

            // The restore SQL the listing shows brings the table back with its rows.
            String restore = backups.out().lines().filter(l -> l.contains("RENAME TO old_log")).findFirst()
                    .orElseThrow().replace("  restore: ", "");
            db.execute(restore);
            assertThat(db.queryBoolean("SELECT count(*) = 2 FROM public.old_log")).isTrue();
        }
    }

    @Test
    void withoutBackupsTheListingSaysSo() {
        try (TestDatabase db = TestDatabase.create()) {
            CliRun backups = CliRun.of("backups", "--db", db.url());
            assertThat(backups.exitCode()).isEqualTo(Main.EXIT_OK);
            assertThat(backups.out()).contains("No backups");
        }
    }

    private static String backupTable(TestDatabase db, String prefix) {
        try (var c = db.connect(); var s = c.createStatement();
             var rows = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'converge_backup' "
                     + "AND tablename LIKE '" + prefix + "%'")) {
            assertThat(rows.next()).as("a backup table " + prefix).isTrue();
            return rows.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
