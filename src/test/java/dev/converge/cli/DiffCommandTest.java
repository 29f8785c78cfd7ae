package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
