package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * Settings changed by hand on the target (issue 13 item 6) are drift, shown with the statement that puts them
 * back, and apply puts them back: they were silently ignored before.
 */
class SettingsDriftTest {

    private static final String SCHEMA = """
            CREATE TABLE public.docs (id integer PRIMARY KEY, body text, kind text);
            CREATE INDEX docs_kind ON public.docs (lower(kind));
            ALTER TABLE public.docs ALTER COLUMN body SET STATISTICS 700;
            ALTER INDEX public.docs_kind ALTER COLUMN 1 SET STATISTICS 90;
            ALTER TABLE public.docs CLUSTER ON docs_pkey;
            """;

    @TempDir
    Path dir;

    @Test
    void settingsChangedByHandAreDriftAndApplyPutsThemBack() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(SCHEMA)) {
            String desired = Files.writeString(dir.resolve("docs.sql"), SCHEMA).toString();
            CliRun clean = CliRun.of("drift", "--db", db.url(), "--desired", desired);
            assertThat(clean.exitCode()).as(clean.all()).isZero();

            db.execute("ALTER TABLE public.docs ALTER COLUMN body SET STATISTICS 5, ALTER COLUMN body SET STORAGE MAIN,"
                    + " ALTER COLUMN kind SET (n_distinct = -1);"
                    + " ALTER INDEX public.docs_kind ALTER COLUMN 1 SET STATISTICS 1;"
                    + " ALTER TABLE public.docs CLUSTER ON docs_kind");
            CliRun drift = CliRun.of("drift", "--db", db.url(), "--desired", desired, "--format", "sql");
            assertThat(drift.exitCode()).as(drift.all()).isEqualTo(Main.EXIT_CHANGES);
            assertThat(drift.out()).contains(
                    "ALTER TABLE ONLY public.docs ALTER COLUMN body SET STATISTICS 700, ALTER COLUMN body SET STORAGE"
                            + " EXTENDED",
                    "ALTER TABLE ONLY public.docs ALTER COLUMN kind RESET (n_distinct)",
                    "ALTER INDEX public.docs_kind ALTER COLUMN 1 SET STATISTICS 90",
                    "ALTER TABLE public.docs CLUSTER ON docs_pkey");

            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--auto-approve",
                    "--no-history");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT attstattarget = 700 AND attstorage = 'x' FROM pg_attribute"
                    + " WHERE attrelid = 'public.docs'::regclass AND attname = 'body'")).isTrue();
            assertThat(db.queryBoolean("SELECT indisclustered FROM pg_index"
                    + " WHERE indexrelid = 'public.docs_pkey'::regclass")).isTrue();
            CliRun again = CliRun.of("drift", "--db", db.url(), "--desired", desired);
            assertThat(again.exitCode()).as(again.all()).isZero();
        }
    }
}
