package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/**
 * A schema removed from the desired state is never forgotten in silence (issue 13 item 13): with --schema naming
 * it, it is dropped like any other object; without, plan and drift name it as outside the managed set. And a
 * desired object of a kind Converge does not manage is an error, not a warning.
 */
class SchemaScopeTest {

    private static final String CURRENT = "CREATE SCHEMA app; CREATE TABLE app.a (id int);"
            + "CREATE SCHEMA \"Legacy Stuff\"; CREATE TABLE \"Legacy Stuff\".old (id int);"
            + "CREATE VIEW \"Legacy Stuff\".v AS SELECT * FROM \"Legacy Stuff\".old;";

    @TempDir
    Path dir;

    @Test
    void aSchemaNamedWithSchemaButNoLongerDesiredIsDroppedWithEverythingInIt() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            String desired = Files.writeString(dir.resolve("s.sql"), "CREATE SCHEMA app; CREATE TABLE app.a (id int);")
                    .toString();
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired, "--schema", "app",
                    "--schema", "Legacy Stuff");
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(Main.EXIT_CHANGES);
            assertThat(plan.out()).contains("DROP VIEW \"Legacy Stuff\".v", "DROP TABLE \"Legacy Stuff\".old",
                    "DROP SCHEMA \"Legacy Stuff\"");

            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--schema", "app",
                    "--schema", "Legacy Stuff", "--auto-approve", "--allow-destructive", "--no-history");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = 'Legacy Stuff')"))
                    .isTrue();
            CliRun again = CliRun.of("drift", "--db", db.url(), "--desired", desired, "--schema", "app",
                    "--schema", "Legacy Stuff");
            assertThat(again.exitCode()).as(again.all()).isZero();
        }
    }

    @Test
    void aSchemaThatTheDesiredStatePutsObjectsInWithoutCreatingItIsKept() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            String desired = Files.writeString(dir.resolve("s.sql"), "CREATE SCHEMA app; CREATE TABLE app.a (id int);"
                    + "CREATE TABLE \"Legacy Stuff\".old (id int);").toString();
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired, "--schema", "app",
                    "--schema", "Legacy Stuff");
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(Main.EXIT_CHANGES);
            assertThat(plan.out()).contains("DROP VIEW \"Legacy Stuff\".v").doesNotContain("DROP SCHEMA");
        }
    }

    @Test
    void withoutSchemaThePlanAndTheDriftNameTheSchemasLeftOut() throws IOException {
        try (TestDatabase db = TestDatabase.withSql(CURRENT)) {
            String desired = Files.writeString(dir.resolve("s.sql"), "CREATE SCHEMA app; CREATE TABLE app.a (id int);")
                    .toString();
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired);
            assertThat(plan.exitCode()).as(plan.all()).isZero();
            assertThat(plan.err()).contains("schema Legacy Stuff of the database is outside the managed set (app)",
                    "--schema");
            CliRun drift = CliRun.of("drift", "--db", db.url(), "--desired", desired, "--format", "json");
            assertThat(drift.exitCode()).as(drift.all()).isZero();
            assertThat(drift.err()).contains("schema Legacy Stuff of the database is outside the managed set");
        }
    }

    @Test
    void aDesiredObjectOfAKindConvergeDoesNotManageIsAnError() throws IOException {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int);")) {
            String desired = Files.writeString(dir.resolve("s.sql"), "CREATE TABLE t (id int);\n"
                    + "CREATE CONVERSION public.my_conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;\n").toString();
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired);
            assertThat(plan.exitCode()).as(plan.all()).isEqualTo(Main.EXIT_ERROR);
            assertThat(plan.err()).contains("of a kind Converge does not manage yet", "conversion public.my_conv",
                    "remove them from the desired state");
            assertThat(plan.err()).doesNotContain("Exception");
        }
    }
}
