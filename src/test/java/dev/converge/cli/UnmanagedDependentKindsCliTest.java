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
 * Unmanaged dependents of every kind of managed object the plan can drop, not only tables, columns, views and
 * functions (UnmanagedDependentsCliTest): a column of another schema with a managed collation, a view using a
 * managed operator, aggregate or text search configuration, an index with a managed operator class, a text search
 * configuration mapping a managed dictionary, a column of a type a managed extension owns, a range type. Each plan
 * is refused up front, naming the dependent, and the database is left as it was. Also what must not be refused: a
 * rename keeps the object, so what depends on it survives; a dropped table's own sequence, toast table and
 * constraint indexes go with it.
 */
class UnmanagedDependentKindsCliTest {

    /** Every managed object below is used by one unmanaged object in schema "Out side" (quoted on purpose). */
    private static final String APP = """
            CREATE SCHEMA app;
            CREATE COLLATION app.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
            CREATE FUNCTION app.eq(a integer, b integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN a = b;
            CREATE OPERATOR app.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.eq);
            CREATE FUNCTION app.add(s integer, v integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN s + v;
            CREATE AGGREGATE app.total(integer) (SFUNC = app.add, STYPE = integer);
            CREATE TEXT SEARCH DICTIONARY app.dict (TEMPLATE = pg_catalog.simple);
            CREATE TEXT SEARCH CONFIGURATION app.cfg (COPY = pg_catalog.simple);
            CREATE TYPE app.span AS RANGE (SUBTYPE = integer);
            CREATE FUNCTION app.cmp(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE
                RETURN btint4cmp(a, b);
            CREATE OPERATOR CLASS app.int_ops FOR TYPE integer USING btree AS
                OPERATOR 1 <, OPERATOR 3 =, FUNCTION 1 app.cmp(integer, integer);
            CREATE TABLE app.t (id integer PRIMARY KEY, v integer);
            """;

    @TempDir
    Path dir;

    @Test
    void aColumnWithADroppedCollationIsRefused() throws IOException {
        refused("CREATE TABLE \"Out side\".t (x text COLLATE app.ci);", "CREATE COLLATION app.ci",
                "column \"Out side\".t.x (schema \"Out side\" is not managed) depends on collation app.ci, which the "
                        + "plan drops");
    }

    @Test
    void aViewUsingADroppedOperatorIsRefused() throws IOException {
        refused("CREATE VIEW \"Out side\".v AS SELECT 1 OPERATOR(app.===) 2 AS same;", "CREATE OPERATOR app.===",
                "view \"Out side\".v (schema \"Out side\" is not managed) depends on operator app.===(integer, "
                        + "integer), which the plan drops");
    }

    @Test
    void anIndexWithADroppedOperatorClassIsRefused() throws IOException {
        refused("CREATE TABLE \"Out side\".t (i integer); CREATE INDEX ix ON \"Out side\".t (i app.int_ops);",
                "CREATE OPERATOR CLASS app.int_ops",
                "index \"Out side\".ix (schema \"Out side\" is not managed) depends on operator class app.int_ops "
                        + "using btree, which the plan drops");
    }

    @Test
    void aViewCallingADroppedAggregateIsRefused() throws IOException {
        refused("CREATE VIEW \"Out side\".v AS SELECT app.total(v) FROM app.t;", "CREATE AGGREGATE app.total",
                "view \"Out side\".v (schema \"Out side\" is not managed) depends on function app.total(integer), "
                        + "which the plan drops");
    }

    @Test
    void textSearchObjectsUsingADroppedConfigurationOrDictionaryAreRefused() throws IOException {
        refused("CREATE TEXT SEARCH CONFIGURATION \"Out side\".c (COPY = pg_catalog.simple);"
                        + "ALTER TEXT SEARCH CONFIGURATION \"Out side\".c ALTER MAPPING FOR asciiword WITH app.dict;",
                "CREATE TEXT SEARCH DICTIONARY app.dict",
                "text search configuration \"Out side\".c (schema \"Out side\" is not managed) depends on text "
                        + "search dictionary app.dict, which the plan drops");
        refused("CREATE VIEW \"Out side\".v AS SELECT to_tsvector('app.cfg'::regconfig, 'a b') AS doc;",
                "CREATE TEXT SEARCH CONFIGURATION app.cfg",
                "view \"Out side\".v (schema \"Out side\" is not managed) depends on text search configuration "
                        + "app.cfg, which the plan drops");
    }

    @Test
    void aColumnOfADroppedRangeTypeIsRefused() throws IOException {
        refused("CREATE TABLE \"Out side\".t (s app.span);", "CREATE TYPE app.span",
                "column \"Out side\".t.s (schema \"Out side\" is not managed) depends on type app.span");
    }

    @Test
    void aColumnOfATypeOfADroppedExtensionIsRefused() throws IOException {
        String current = "CREATE SCHEMA app; CREATE EXTENSION hstore SCHEMA app;"
                + "CREATE SCHEMA o; CREATE TABLE o.t (h app.hstore);";
        try (TestDatabase db = TestDatabase.withSql(current)) {
            List<String> before = SchemaDump.of(db.spec());
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired(dir, "CREATE SCHEMA app;"),
                    "--schema", "app", "--auto-approve", "--allow-destructive", "--allow-hazard", "all");
            assertRefused(apply, "column o.t.h (schema o is not managed) depends on extension app.hstore, which the "
                    + "plan drops");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    @Test
    void aManagedExtensionsOwnObjectsAndATablesSequenceToastAndKeysBlockNothing() throws IOException {
        String current = """
                CREATE SCHEMA app; CREATE EXTENSION hstore SCHEMA app;
                CREATE TABLE app.gone (id serial PRIMARY KEY, code text UNIQUE, h app.hstore);
                CREATE TABLE app.kept (id integer);
                CREATE SCHEMA o; CREATE VIEW o.v AS SELECT id FROM app.kept;
                """;
        try (TestDatabase db = TestDatabase.withSql(current)) {
            String kept = desired(dir, "CREATE SCHEMA app; CREATE EXTENSION hstore SCHEMA app;"
                    + "CREATE TABLE app.kept (id integer);");
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", kept, "--schema", "app",
                    "--auto-approve", "--allow-destructive", "--no-history");
            assertThat(apply.exitCode()).as(apply.all()).isZero();
            assertThat(db.queryBoolean("SELECT to_regclass('app.gone') IS NULL AND to_regclass('o.v') IS NOT NULL"))
                    .isTrue();
        }
    }

    /** The plan drops {@code dropped} (the statement of APP that starts so) and nothing else. */
    private void refused(String outside, String dropped, String blocker) throws IOException {
        try (TestDatabase db = TestDatabase.withSql(APP + "CREATE SCHEMA \"Out side\";" + outside)) {
            List<String> before = SchemaDump.of(db.spec());
            String desired = desired(dir, without(APP, dropped));
            CliRun plan = CliRun.of("plan", "--db", db.url(), "--desired", desired);
            assertRefused(plan, blocker);
            CliRun apply = CliRun.of("apply", "--db", db.url(), "--desired", desired, "--auto-approve",
                    "--allow-destructive", "--allow-hazard", "all");
            assertRefused(apply, blocker);
            assertThat(apply.all()).doesNotContain("2BP01");
            assertThat(SchemaDump.of(db.spec())).isEqualTo(before);
        }
    }

    /** {@code sql} without its statement that starts with {@code start} (statements end with ";\n"). */
    private static String without(String sql, String start) {
        int from = sql.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = sql.indexOf(";\n", from) + 2;
        return sql.substring(0, from) + sql.substring(to);
    }
}
