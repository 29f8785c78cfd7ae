package dev.converge.cli;

import static dev.converge.cli.UnmanagedRefusal.assertRefused;
import static dev.converge.cli.UnmanagedRefusal.desired;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/**
 * A managed object's change that an object Converge does not manage blocks (issue 13, "Real schemas converge"): a
 * view in a schema outside the managed set, or an excluded one, reads a column the plan drops or retypes, a table it
 * drops, a view or function it re-creates. PostgreSQL would refuse the statement at apply time (2BP01, or "cannot
 * alter type of a column used by a view or rule") and roll everything back; plan, apply and drift refuse it up
 * front instead (exit 1), naming the blocking object, what it reads and what to do, and the database is left as
 * it was. Each case runs in its own database.
 */
class UnmanagedDependentsCliTest {

    private static final String APP = """
            CREATE SCHEMA app;
            CREATE TABLE app.orders (id integer PRIMARY KEY, note text, amount integer, extra text);
            CREATE TABLE app.gone (id integer PRIMARY KEY);
            CREATE VIEW app.recent AS SELECT id, amount FROM app.orders;
            CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
            """;

    /** The same, without app.orders.extra and app.gone; amount and twice() unchanged. */
    private static final String DROPS = """
            CREATE SCHEMA app;
            CREATE TABLE app.orders (id integer PRIMARY KEY, note text, amount integer);
            CREATE VIEW app.recent AS SELECT id, amount FROM app.orders;
            CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;
            """;

    /** amount becomes bigint (app.recent is re-created around it), twice() takes a bigint. */
    private static final String RETYPES = """
            CREATE SCHEMA app;
            CREATE TABLE app.orders (id integer PRIMARY KEY, note text, amount bigint, extra text);
            CREATE TABLE app.gone (id integer PRIMARY KEY);
            CREATE VIEW app.recent AS SELECT id, amount FROM app.orders;
            CREATE FUNCTION app.twice(x bigint) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN x * 2;
            """;

    @TempDir
    Path dir;

    @Test
    void aDroppedColumnReadByAViewInAnUnmanagedQuotedSchemaIsRefusedByPlanApplyAndDrift() throws IOException {
        String outside = "CREATE SCHEMA \"Rep orts\"; CREATE VIEW \"Rep orts\".v AS SELECT id, extra FROM app.orders;";
        try (TestDatabase db = TestDatabase.withSql(APP + outside)) {
            String desired = desired(dir, DROPS.replace("CREATE TABLE app.orders", "CREATE TABLE app.gone (id integer "
                    + "PRIMARY KEY);\nCREATE TABLE app.orders"));
            List<String> before = SchemaDump.of(db.spec());
            for (String command : List.of("plan", "drift")) {
                CliRun run = CliRun.of(command, "--db", db.url(), "--desired", desired);
                assertRefused(run, "view \"Rep orts\".v (schema \"Rep orts\" is not managed) depends on column "
                        + "app.orders.extra, which the plan drops");
            }
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--auto-approve",
                    "--allow-destructive", "--allow-hazard", "all");
            assertRefused(apply, "view \"Rep orts\".v (schema \"Rep orts\" is not managed) depends on column "
                    + "app.orders.extra, which the plan drops");
            assertThat(apply.all()).doesNotContain("2BP01", "rehears");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    @Test
    void aDroppedTableReadByAnUnmanagedViewIsRefused() throws IOException {
        String outside = "CREATE SCHEMA rep; CREATE VIEW rep.g AS SELECT id FROM app.gone;";
        try (TestDatabase db = TestDatabase.withSql(APP + outside)) {
            List<String> before = SchemaDump.of(db.spec());
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired(dir, DROPS), "--auto-approve",
                    "--allow-destructive");
            assertRefused(apply, "view rep.g (schema rep is not managed) depends on table app.gone, which the plan "
                    + "drops");
            assertThat(apply.err()).doesNotContain("app.orders.extra");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    @Test
    void aRetypedColumnReadByAnUnmanagedViewIsRefused() throws IOException {
        String outside = "CREATE SCHEMA rep; CREATE VIEW rep.v AS SELECT amount FROM app.orders;";
        try (TestDatabase db = TestDatabase.withSql(APP + outside)) {
            List<String> before = SchemaDump.of(db.spec());
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired(dir, RETYPES));
            assertRefused(plan, "view rep.v (schema rep is not managed) depends on column app.orders.amount, whose "
                    + "type the plan changes (integer -> bigint)");
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired(dir, RETYPES), "--auto-approve",
                    "--allow-hazard", "all");
            assertThat(apply.exitCode()).as(apply.all()).isEqualTo(Main.EXIT_ERROR);
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    @Test
    void anUnmanagedMaterializedViewOverAManagedViewReCreatedAroundARetypeIsRefused() throws IOException {
        String outside = "CREATE SCHEMA rep; CREATE MATERIALIZED VIEW rep.mv AS SELECT id FROM app.recent;";
        try (TestDatabase db = TestDatabase.withSql(APP + outside)) {
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired(dir, RETYPES));
            assertRefused(plan, "materialized view rep.mv (schema rep is not managed) depends on view app.recent, "
                    + "which the plan drops and creates again (it depends on app.orders.amount, whose type changes)");
        }
    }

    @Test
    void anUnmanagedFunctionCallingAReCreatedManagedFunctionIsRefused() throws IOException {
        String outside = "CREATE SCHEMA rep; CREATE FUNCTION rep.f(i integer) RETURNS integer LANGUAGE sql "
                + "RETURN app.twice(i);";
        try (TestDatabase db = TestDatabase.withSql(APP + outside)) {
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired(dir, RETYPES));
            assertRefused(plan, "function rep.f(i integer) (schema rep is not managed) depends on function "
                    + "app.twice(x integer), which the plan drops");
        }
    }

    @Test
    void triggersRulesForeignKeysColumnTypesAndDefaultsOutsideBlockTooEachNamed() throws IOException {
        String current = """
                CREATE SCHEMA app;
                CREATE TABLE app.orders (id integer PRIMARY KEY, note text);
                CREATE TABLE app.gone (id integer PRIMARY KEY);
                CREATE TYPE app.mood AS ENUM ('a', 'b');
                CREATE FUNCTION app.trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE SEQUENCE app.s;
                CREATE SCHEMA o;
                CREATE TABLE o.t (id int REFERENCES app.gone, m app.mood, n int DEFAULT nextval('app.s'));
                CREATE TRIGGER tr BEFORE INSERT ON o.t FOR EACH ROW EXECUTE FUNCTION app.trg();
                CREATE TABLE o.log (x text);
                CREATE RULE r AS ON INSERT TO o.log DO ALSO INSERT INTO app.orders (id, note) VALUES (1, NEW.x);
                """;
        try (TestDatabase db = TestDatabase.withSql(current)) {
            List<String> before = SchemaDump.of(db.spec());
            String desired = desired(dir, """
                    CREATE SCHEMA app;
                    CREATE TABLE app.orders (id integer PRIMARY KEY);
                    CREATE TYPE app.mood AS ENUM ('b', 'a');
                    """);
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--auto-approve",
                    "--allow-destructive", "--allow-hazard", "all");
            assertRefused(apply, "column o.t.m (schema o is not managed) depends on type app.mood, which the plan "
                    + "rebuilds");
            assertThat(apply.err()).contains(
                    "column o.t.n (schema o is not managed) depends on sequence app.s, which the plan drops",
                    "constraint t_id_fkey on o.t (schema o is not managed) depends on table app.gone",
                    "rule r on o.log (schema o is not managed) depends on column app.orders.note",
                    "trigger tr on o.t (schema o is not managed) depends on function app.trg()");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    @Test
    void aDroppedKeyThatAnUnmanagedForeignKeyReferencesIsRefused() throws IOException {
        String current = """
                CREATE SCHEMA app;
                CREATE TABLE app.orders (id integer PRIMARY KEY, code text UNIQUE);
                CREATE SCHEMA o;
                CREATE TABLE o.t (id int REFERENCES app.orders, c text REFERENCES app.orders (code));
                """;
        try (TestDatabase db = TestDatabase.withSql(current)) {
            List<String> before = SchemaDump.of(db.spec());
            String desired = desired(dir,
                    "CREATE SCHEMA app;\nCREATE TABLE app.orders (id integer PRIMARY KEY, code text);");
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--auto-approve",
                    "--allow-hazard", "all");
            assertRefused(apply, "constraint t_c_fkey on o.t (schema o is not managed) depends on index "
                    + "app.orders_code_key, which the plan drops (with constraint orders_code_key on app.orders)");
            assertThat(apply.err()).doesNotContain("orders_pkey");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    @Test
    void anExcludedViewInAManagedSchemaIsRefusedToo() throws IOException {
        String excluded = "CREATE VIEW app.legacy_notes AS SELECT id, extra FROM app.orders;";
        try (TestDatabase db = TestDatabase.withSql(APP + excluded)) {
            desired(dir, DROPS);
            Path config = Files.writeString(dir.resolve("converge.yaml"), """
                    desired: schema
                    schemas: [app]
                    exclude: ["app.legacy_*"]
                    """);
            List<String> before = SchemaDump.of(db.spec());
            CliRun apply = CliRun.of("apply", "--config", config.toString(), "--db", db.url(), "--auto-approve",
                    "--allow-destructive");
            assertRefused(apply, "view app.legacy_notes (excluded in converge.yaml) depends on column "
                    + "app.orders.extra, which the plan drops");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    @Test
    void anUnmanagedViewOfColumnsThePlanKeepsBlocksNothing() throws IOException {
        String outside = "CREATE SCHEMA rep; CREATE VIEW rep.v AS SELECT id, note FROM app.orders;";
        try (TestDatabase db = TestDatabase.withSql(APP + outside)) {
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired(dir, DROPS), "--auto-approve",
                    "--allow-destructive", "--no-history");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT to_regclass('app.gone') IS NULL AND to_regclass('rep.v') IS NOT NULL"))
                    .isTrue();
        }
    }

    @Test
    void managingTheViewsSchemaLetsThePlanReCreateIt() throws IOException {
        String outside = "CREATE SCHEMA rep; CREATE VIEW rep.v AS SELECT id, amount FROM app.orders;";
        try (TestDatabase db = TestDatabase.withSql(APP + outside)) {
            String desired = desired(dir, RETYPES + outside);
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--schema", "app",
                    "--schema", "rep", "--auto-approve", "--allow-hazard", "all", "--no-history");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT format_type(atttypid, atttypmod) = 'bigint' FROM pg_attribute "
                    + "WHERE attrelid = 'rep.v'::regclass AND attname = 'amount'")).isTrue();
        }
    }
}
