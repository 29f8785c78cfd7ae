package dev.converge.cli;

import static dev.converge.cli.UnmanagedRefusal.assertRefused;
import static dev.converge.cli.UnmanagedRefusal.desired;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * A managed object that the plan drops and creates again (a table switched to partitioned, a function whose result
 * type changes, a composite type or domain redefined) loses its OID, so an unmanaged dependent blocks it like a
 * plain drop: refused up front. A rename (a renamed-from hint) keeps the OID and is not refused, but what the plan
 * does to the renamed object afterwards is checked under the name the target still uses.
 */
class UnmanagedDependentsRecreateCliTest {

    @TempDir
    Path dir;

    @Test
    void aTableSwitchedToPartitionedIsRefused() throws IOException {
        refused("CREATE TABLE app.m (id integer, at date);",
                "CREATE TABLE app.m (id integer, at date) PARTITION BY RANGE (at);",
                "CREATE VIEW o.v AS SELECT id FROM app.m;",
                "view o.v (schema o is not managed) depends on table app.m, which the plan drops and creates again");
    }

    @Test
    void aFunctionWhoseResultTypeChangesIsRefused() throws IOException {
        refused("CREATE FUNCTION app.f(i integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN i;",
                "CREATE FUNCTION app.f(i integer) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN i;",
                "CREATE VIEW o.v AS SELECT app.f(1) AS x;",
                "view o.v (schema o is not managed) depends on function app.f(i integer), which the plan drops");
    }

    @Test
    void aRedefinedCompositeTypeOrDomainIsRefused() throws IOException {
        refused("CREATE TYPE app.pair AS (a integer, b integer);",
                "CREATE TYPE app.pair AS (a integer, b text);",
                "CREATE TABLE o.t (p app.pair);",
                "column o.t.p (schema o is not managed) depends on type app.pair, whose attribute b the plan retypes "
                        + "(integer -> text)");
        refused("CREATE TYPE app.pair AS (a integer, b integer);",
                "CREATE TYPE app.pair AS (a integer, b text);",
                "CREATE VIEW o.v AS SELECT ROW(1, 2)::app.pair AS p;",
                "view o.v (schema o is not managed) depends on type app.pair, whose attribute b the plan retypes");
        refused("CREATE DOMAIN app.d AS integer;",
                "CREATE DOMAIN app.d AS bigint;",
                "CREATE TABLE o.t (x app.d);",
                "column o.t.x (schema o is not managed) depends on domain app.d, which the plan drops");
    }

    @Test
    void anAttributeAddedToACompositeTypeAnUnmanagedColumnUsesIsNotRefused() throws IOException {
        try (TestDatabase db = TestDatabase.withSql("CREATE SCHEMA app; CREATE TYPE app.pair AS (a integer, b integer);"
                + "CREATE SCHEMA o; CREATE TABLE o.t (p app.pair);")) {
            String path = desired(dir, "CREATE SCHEMA app;\nCREATE TYPE app.pair AS (a integer, b integer, c text);\n");
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", path, "--schema", "app",
                    "--auto-approve", "--no-history");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT count(*) = 3 FROM pg_attribute WHERE attrelid = "
                    + "(SELECT typrelid FROM pg_type WHERE oid = 'app.pair'::regtype) AND attnum > 0")).isTrue();
        }
    }

    @Test
    void aRenamedTableKeepsItsUnmanagedViewButADropOfItsColumnAfterwardsIsRefused() throws IOException {
        String current = "CREATE SCHEMA app; CREATE TABLE app.t (id integer, note text, extra text);"
                + "CREATE SCHEMA o; CREATE VIEW o.v AS SELECT id, extra FROM app.t;";
        try (TestDatabase db = TestDatabase.withSql(current)) {
            List<String> before = SchemaDump.of(db.spec());
            String dropsExtra = desired(dir, "CREATE SCHEMA app;\nCREATE TABLE app.t2 ( -- converge:renamed-from t\n"
                    + "  id integer,\n  note text\n);\n");
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", dropsExtra, "--schema", "app");
            assertRefused(plan, "view o.v (schema o is not managed) depends on column app.t.extra, which the plan "
                    + "drops");
            String retypesExtra = desired(dir, "CREATE SCHEMA app;\nCREATE TABLE app.t2 ( -- converge:renamed-from t\n"
                    + "  id integer,\n  note text,\n  -- converge:renamed-from extra\n  more varchar(5)\n);\n");
            plan = CliRun.of("plan", "--db", db.url(), "--desired", retypesExtra, "--schema", "app");
            assertRefused(plan, "view o.v (schema o is not managed) depends on column app.t.extra, whose type the "
                    + "plan changes (text -> character varying(5))");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);

            String renames = desired(dir, "CREATE SCHEMA app;\nCREATE TABLE app.t2 ( -- converge:renamed-from t\n"
                    + "  id integer,\n  note text,\n  -- converge:renamed-from extra\n  more text\n);\n");
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", renames, "--schema", "app",
                    "--auto-approve", "--no-history");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT pg_get_viewdef('o.v'::regclass) LIKE '%app.t2%' "
                    + "AND pg_get_viewdef('o.v'::regclass) LIKE '%more AS extra%'")).isTrue();
        }
    }

    /** The plan turns {@code managed} into {@code desired} while {@code outside} (in schema o) uses it. */
    private void refused(String managed, String desired, String outside, String blocker) throws IOException {
        try (TestDatabase db = TestDatabase.withSql("CREATE SCHEMA app;" + managed + "CREATE SCHEMA o;" + outside)) {
            List<String> before = SchemaDump.of(db.spec());
            String path = desired(dir, "CREATE SCHEMA app;\n" + desired + "\n");
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", path, "--schema", "app",
                    "--auto-approve", "--allow-destructive", "--allow-hazard", "all");
            assertRefused(apply, blocker);
            assertThat(apply.all()).doesNotContain("2BP01");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }
}
