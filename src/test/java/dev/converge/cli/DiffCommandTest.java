package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.converge.source.dev.PrivatePostgres;

import dev.converge.testing.TestDatabase;

/** {@code converge diff} between databases and desired-state files, through the command line. */
class DiffCommandTest {

    private static final String V1 = "schema-examples/shop/v1";
    private static final String V2 = "schema-examples/shop/v2";

    @Test
    void twoDatabasesCompareDirectly() {
        try (TestDatabase production = TestDatabase.withSql("CREATE TABLE t (id int PRIMARY KEY);");
             TestDatabase staging = TestDatabase.withSql(
                     "CREATE TABLE t (id int PRIMARY KEY, note text); CREATE INDEX t_note ON t (note);")) {
            CliRun run = CliRun.of("diff", "--from", production.url(), "--to", staging.url());
            assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
            assertThat(run.out()).contains("ALTER TABLE public.t ADD COLUMN note text",
                    "CREATE INDEX t_note ON public.t");

            CliRun same = CliRun.of("diff", "--from", staging.url(), "--to", staging.url());
            assertThat(same.exitCode()).as(same.all()).isZero();
            assertThat(same.out()).contains("No changes");
        }
    }

    /**
     * A plan never moves a column, so the context of a table whose desired columns are in another order shows only
     * the real change (issue 14): here a new column and a changed default, not the moved columns.
     */
    @Test
    void contextShowsNoColumnThatOnlyMoved() {
        try (TestDatabase production = TestDatabase.withSql("CREATE SCHEMA s; CREATE TABLE s.\"Order Lines\" ("
                + "id int PRIMARY KEY, qty int DEFAULT 1, note text, \"Unit Price\" numeric NOT NULL);"
                + " CREATE VIEW s.v AS SELECT note FROM s.\"Order Lines\";");
             TestDatabase staging = TestDatabase.withSql("CREATE SCHEMA s; CREATE TABLE s.\"Order Lines\" ("
                     + "\"Unit Price\" numeric NOT NULL, note text, id int PRIMARY KEY, qty int DEFAULT 2,"
                     + " added date); CREATE VIEW s.v AS SELECT note FROM s.\"Order Lines\";")) {
            CliRun run = CliRun.of("diff", "--from", production.url(), "--to", staging.url(), "--no-color");
            assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
            String out = run.out();
            // the context is printed as comments: "--   " before each line of the unified diff
            List<String> context = out.lines().filter(l -> l.startsWith("--   ")).map(l -> l.substring(5)).toList();
            assertThat(context).as(out).contains("--- current/table:s.Order Lines", "-    qty integer DEFAULT 1,",
                    "+    qty integer DEFAULT 2,", "+    added date,");
            assertThat(context.stream().filter(l -> l.matches("[-+] +(id|note|Unit Price) .*")).toList()).as(out)
                    .isEmpty();
        }
    }

    @Test
    void databaseAndFilesInEitherDirection() {
        try (TestDatabase db = TestDatabase.create()) {
            assertThat(CliRun.of("apply", "--db", db.url(), "--desired", V1, "--auto-approve").exitCode()).isZero();

            CliRun toFiles = CliRun.of("diff", "--from", db.url(), "--to", V2);
            assertThat(toFiles.exitCode()).as(toFiles.all()).isEqualTo(2);
            assertThat(toFiles.out()).contains("CREATE TABLE public.payments");

            CliRun fromFiles = CliRun.of("diff", "--from", V2, "--to", db.url());
            assertThat(fromFiles.exitCode()).as(fromFiles.all()).isEqualTo(2);
            assertThat(fromFiles.out()).contains("DROP TABLE public.payments");

            assertThat(CliRun.of("diff", "--from", V1, "--to", db.url()).exitCode()).isZero();
        }
    }

    /** No server among the sources and no --dev-db: an embedded PostgreSQL normalises both file sets. */
    @Test
    void twoFileSetsWithTheEmbeddedDevDatabase() {
        CliRun run = CliRun.of("diff", "--from", V1, "--to", V2);
        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.out()).contains("converge diff from " + V1 + " to " + V2, "CREATE TABLE public.payments",
                "Plan: ");

        CliRun same = CliRun.of("diff", "--from", V2, "--to", V2);
        assertThat(same.exitCode()).as(same.all()).isZero();
    }

    @Test
    void dockerDevDatabaseWithoutDockerSaysSo() {
        CliRun run = CliRun.of("diff", "--from", V1, "--to", V2, "--dev-db", "docker://postgres:16");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("docker://postgres:16", "no Docker engine is reachable", "--dev-db URL");
    }

    @Test
    void embeddedDevDatabaseThatCannotStartNamesTheAlternatives() throws Exception {
        java.nio.file.Path notADirectory = java.nio.file.Files.createTempFile("converge-cache", ".file");
        String previous = System.getProperty("converge.cacheDir");
        System.setProperty("converge.cacheDir", notADirectory.resolve("cache").toString());
        PrivatePostgres.stopAll(); // the JVM's running private server would be reused, not started
        try {
            CliRun run = CliRun.of("diff", "--from", V1, "--to", V2);
            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
            assertThat(run.err()).contains("private PostgreSQL", "--dev-db URL", "--dev-db docker://postgres:16");
        } finally {
            if (previous == null) {
                System.clearProperty("converge.cacheDir");
            } else {
                System.setProperty("converge.cacheDir", previous);
            }
            java.nio.file.Files.deleteIfExists(notADirectory);
        }
    }

    @Test
    void aSourceIsEitherOneUrlOrPaths() {
        CliRun run = CliRun.of("diff", "--from", "postgresql://u@h/d", "--from", V1, "--to", V2);
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("--from takes one database URL");
        assertThat(CliRun.of("diff", "--to", V2).exitCode()).isEqualTo(64);
    }
}
