package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestServer;

/** converge migrate diff, check and hash through the command line: files written, exit codes, refusals. */
class MigrateCommandTest {

    private static final String V1 = "schema-examples/shop/v1";
    private static final String V2 = "schema-examples/shop/v2";

    @TempDir
    Path work;

    @Test
    void diffThenCheckUntilTheDesiredStateMovesOn() throws Exception {
        String dir = work.resolve("migrations").toString();
        String dev = TestServer.admin().toString();

        CliRun first = CliRun.of("migrate", "diff", "init", "--dir", dir, "--format", "golang-migrate",
                "--desired", V1, "--dev-db", dev);
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("Wrote golang-migrate migration init", "000001_init.up.sql",
                "000001_init.down.sql", "converge.sum", "Its down migration deletes data: ", "drop table public.orders");

        CliRun again = CliRun.of("migrate", "diff", "init_again", "--dir", dir, "--desired", V1, "--dev-db", dev);
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(again.out()).contains("No changes", "nothing was written");

        CliRun ok = CliRun.of("migrate", "check", "--dir", dir, "--desired", V1, "--dev-db", dev);
        assertThat(ok.exitCode()).as(ok.all()).isZero();
        assertThat(ok.out()).contains("OK: 1 golang-migrate migration(s)", "1 down migration(s) restore");

        CliRun moved = CliRun.of("migrate", "check", "--dir", dir, "--desired", V2, "--dev-db", dev);
        assertThat(moved.exitCode()).as(moved.all()).isEqualTo(2);
        assertThat(moved.out()).contains("The desired state moved on", "CREATE TABLE public.payments",
                "converge migrate diff NAME --dir " + dir);

        Path init = work.resolve("migrations/000001_init.up.sql");
        Files.writeString(init, Files.readString(init) + "\nCREATE TABLE public.sneaky (id int);\n");
        CliRun edited = CliRun.of("migrate", "check", "--dir", dir, "--desired", V1, "--dev-db", dev);
        assertThat(edited.exitCode()).as(edited.all()).isEqualTo(1);
        assertThat(edited.err()).contains("000001_init.up.sql was edited after it was written");
        CliRun refused = CliRun.of("migrate", "diff", "v2", "--dir", dir, "--desired", V2, "--dev-db", dev);
        assertThat(refused.exitCode()).as(refused.all()).isEqualTo(1);
        assertThat(work.resolve("migrations/000002_v2.up.sql")).doesNotExist();

        CliRun hash = CliRun.of("migrate", "hash", "--dir", dir);
        assertThat(hash.exitCode()).as(hash.all()).isZero();
        // Recorded, the edit replays; its down migration was not edited along, which the down check finds.
        CliRun downs = CliRun.of("migrate", "check", "--dir", dir, "--desired", V1, "--dev-db", dev);
        assertThat(downs.exitCode()).as(downs.all()).isEqualTo(1);
        assertThat(downs.err()).contains("000001_init.down.sql) does not return the schema to the state before it",
                "drop table public.sneaky");
        CliRun replayed = CliRun.of("migrate", "check", "--dir", dir, "--desired", V1, "--dev-db", dev, "--no-down");
        assertThat(replayed.exitCode()).as(replayed.all()).isEqualTo(2);
        assertThat(replayed.out()).contains("DROP TABLE public.sneaky");
    }

    @Test
    void aMigrationThatFailsToReplayIsNamedWithItsLine() throws Exception {
        Path dir = Files.createDirectories(work.resolve("flyway"));
        Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE t (id int);\n\nCREATE INDEX ON t (nope);\n");
        assertThat(CliRun.of("migrate", "hash", "--dir", dir.toString()).exitCode()).isZero();
        CliRun run = CliRun.of("migrate", "check", "--dir", dir.toString(), "--desired", V1, "--dev-db",
                TestServer.admin().toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.err()).contains(dir + "/V1__init.sql:3:1: ", "column \"nope\" does not exist",
                "fix the migration");
    }

    @Test
    void usageErrorsAreExit64() {
        String dir = work.resolve("empty").toString();
        CliRun noFormat = CliRun.of("migrate", "diff", "init", "--dir", dir, "--desired", V1);
        assertThat(noFormat.exitCode()).as(noFormat.all()).isEqualTo(64);
        assertThat(noFormat.err()).contains("--format is needed", "flyway|liquibase|golang-migrate|plain",
                "converge migrate diff --help");
        CliRun badName = CliRun.of("migrate", "diff", "add orders!", "--dir", dir, "--format", "plain",
                "--desired", V1);
        assertThat(badName.exitCode()).as(badName.all()).isEqualTo(64);
        assertThat(badName.err()).contains("letters, digits and underscores");
        CliRun badFormat = CliRun.of("migrate", "check", "--dir", dir, "--format", "sqitch", "--desired", V1);
        assertThat(badFormat.exitCode()).isEqualTo(64);
    }
}
