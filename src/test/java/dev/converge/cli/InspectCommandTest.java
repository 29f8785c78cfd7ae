package dev.converge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.TestDatabase;

/** {@code converge inspect}, and plan against the files it wrote. */
class InspectCommandTest {

    @TempDir
    Path out;

    @Test
    void writesFilesThatPlanFindsUpToDate() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA app;
                CREATE TABLE app.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE);
                CREATE FUNCTION app.lower_email(u app.users) RETURNS text LANGUAGE sql AS 'SELECT lower(u.email)';
                """)) {
            CliRun inspect = CliRun.of("inspect", "--db", db.url(), "--out", out.toString());
            assertThat(inspect.exitCode()).as(inspect.all()).isZero();
            assertThat(inspect.out()).contains("Wrote 3 file(s)", "schemas: app");
            assertThat(out.resolve("schemas.sql")).content().contains("CREATE SCHEMA app;");
            assertThat(out.resolve("app/tables.sql")).content().contains("CREATE TABLE app.users (");
            assertThat(out.resolve("app/functions.sql")).content().contains("app.lower_email");

            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", out.toString());
            assertThat(plan.exitCode()).as(plan.all()).isZero();

            Files.writeString(out.resolve("app/extra.sql"), "CREATE TABLE app.extra (id int);");
            CliRun again = CliRun.of("inspect", "--db", db.url(), "--out", out.toString());
            assertThat(again.err()).contains("other desired-state file(s)", "extra.sql");
        }
    }

    @Test
    void writesYamlFilesThatPlanFindsUpToDate() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA app;
                CREATE TABLE app.users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE);
                CREATE FUNCTION app.lower_email(u app.users) RETURNS text LANGUAGE sql AS 'SELECT lower(u.email)';
                REVOKE EXECUTE ON FUNCTION app.lower_email(app.users) FROM PUBLIC;
                """)) {
            CliRun inspect = CliRun.of("inspect", "--db", db.url(), "--format", "yaml", "--out", out.toString());
            assertThat(inspect.exitCode()).as(inspect.all()).isZero();
            assertThat(inspect.out()).contains("Wrote 3 file(s)", "schemas: app");
            assertThat(out.resolve("app/tables.yaml")).content().contains("schema: app", "- name: users");
            assertThat(out.resolve("app/functions.yaml")).content().contains("name: lower_email", "from: public");

            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", out.toString());
            assertThat(plan.exitCode()).as(plan.all()).isZero();

            CliRun printed = CliRun.of("inspect", "--db", db.url(), "--format", "yaml");
            assertThat(printed.out()).contains("# file: app/tables.yaml").doesNotContain("-- file:");
        }
    }

    @Test
    void printsToStandardOutputWithoutOut() {
        try (TestDatabase db = TestDatabase.withSql("CREATE TABLE t (id int PRIMARY KEY);")) {
            CliRun run = CliRun.of("inspect", "--db", db.url(), "--schema", "public");
            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.out()).contains("-- file: public/tables.sql", "CREATE TABLE public.t (")
                    .doesNotContain("CREATE SCHEMA public");
        }
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("inspect", "--db", "postgresql://u@h/d", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("unknown --format xml", "sql", "yaml");
    }
}
