package dev.converge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.converge.apply.ApplyListener;
import dev.converge.convergence.ConvergenceScenarios;
import dev.converge.source.write.DesiredStateFile;
import dev.converge.source.write.DesiredStateFormats;
import dev.converge.testing.SchemaDump;
import dev.converge.testing.TestDatabase;

/** {@code inspect} writes a desired state that {@code plan} finds identical to the inspected database. */
class InspectRoundTripTest {

    @TempDir
    Path out;

    @Test
    void shopExampleRoundTripsAndIsSplitPerSchemaAndKind() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Target shop = new Target(db.spec(), List.of(Path.of("schema-examples/shop/v2")), Set.of(), null);
            new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                    .apply(shop, new ApplyPolicy(true), ApplyConfirmations.YES);

            assertThat(RoundTrip.planAfterInspect(db.spec(), out)).isEmpty();
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted())
                        .contains("public/tables.sql", "public/types.sql", "public/sequences.sql");
            }
            assertThat(Files.readString(out.resolve("public/tables.sql")))
                    .contains("CREATE TABLE public.orders (").doesNotContain("CREATE SCHEMA public");
        }
    }

    /** Names of partitions' attached indexes and keys, and a partition's own NOT NULL, survive inspect. */
    @Test
    void partitionIndexNamesAndLocalNotNullRoundTrip() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA app;
                CREATE TABLE app."Events" (id int, at date, kind text, note text, PRIMARY KEY (id, at, kind))
                    PARTITION BY RANGE (at);
                CREATE TABLE app.events_2024 PARTITION OF app."Events" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE app.events_2025 PARTITION OF app."Events" (note NOT NULL)
                    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (kind);
                CREATE TABLE app.events_2025_a PARTITION OF app.events_2025 FOR VALUES IN ('a');
                CREATE INDEX "Events_kind" ON ONLY app."Events" (kind);
                CREATE INDEX "ev 2024 kind" ON app.events_2024 (kind);
                ALTER INDEX app."Events_kind" ATTACH PARTITION app."ev 2024 kind";
                CREATE INDEX ev2025_kind ON ONLY app.events_2025 (kind);
                ALTER INDEX app."Events_kind" ATTACH PARTITION app.ev2025_kind;
                CREATE INDEX ev2025a_kind ON app.events_2025_a (kind);
                ALTER INDEX app.ev2025_kind ATTACH PARTITION app.ev2025a_kind;
                ALTER INDEX app.events_2024_pkey RENAME TO "ev 2024 key";
                """)) {
            assertThat(RoundTrip.planAfterInspect(db.spec(), out)).isEmpty();
        }
    }

    @Test
    void outputIsStableAndOrderedFromSchemasToComments() {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA billing;
                CREATE TYPE billing.state AS ENUM ('open', 'paid');
                CREATE TABLE billing.invoice (id int PRIMARY KEY, state billing.state NOT NULL);
                CREATE VIEW billing.open_invoices AS SELECT id FROM billing.invoice WHERE state = 'open';
                COMMENT ON TABLE billing.invoice IS 'one per order';
                """)) {
            var format = DesiredStateFormats.named("sql").orElseThrow();
            List<DesiredStateFile> first = new InspectWorkflow(Progress.SILENT).inspect(db.spec(), Set.of(), format)
                    .files();
            List<DesiredStateFile> second = new InspectWorkflow(Progress.SILENT).inspect(db.spec(), Set.of(), format)
                    .files();
            assertThat(first).isEqualTo(second);
            assertThat(first).extracting(DesiredStateFile::path).containsExactly("schemas.sql", "billing/types.sql",
                    "billing/tables.sql", "billing/views.sql", "billing/comments.sql");
            assertThat(first.get(0).content()).contains("CREATE SCHEMA billing;")
                    .doesNotContain("password");
        }
    }

    /** Broad scenarios: between them every object kind Converge manages, and revoked default privileges. */
    static Stream<String> scenarios() {
        return Stream.of("create_from_empty", "grants_schema_sequence", "grants_tables_columns", "default_privileges",
                "rls_policies", "triggers_basic", "views_on_views", "matview_with_index", "function_overloads",
                "domains_basic", "composite_types", "extensions", "quoted_identifiers", "storage_parameters",
                "partitions_managed", "partition_key_changed", "partition_own_index_retyped",
                "partition_two_indexes_one_column",
                // kinds managed by definition (B) and table inheritance
                "inheritance_changes", "inheritance_adopt", "view_triggers_and_rules", "aggregates",
                "operators_and_classes",
                // privileges passed on by roles other than the owner (grantors), roles whose names need quoting
                "grants_passed_on");
    }

    /** A convergence scenario's desired end state, built directly, survives inspect then plan, in both formats. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void convergenceScenarioRoundTrips(String scenario) throws Exception {
        try (TestDatabase db = TestDatabase.withSql(ConvergenceScenarios.reference(scenario))) {
            for (String format : DesiredStateFormats.names()) {
                assertThat(RoundTrip.planAfterInspect(db.spec(), out.resolve(format), format))
                        .as("plan after inspecting %s as %s", scenario, format).isEmpty();
            }
        }
    }

    @Test
    void shopExampleRoundTripsAsYamlSplitPerSchemaAndKind() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            Target shop = new Target(db.spec(), List.of(Path.of("schema-examples/shop/v2")), Set.of(), null);
            new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT)
                    .apply(shop, new ApplyPolicy(true), ApplyConfirmations.YES);

            assertThat(RoundTrip.planAfterInspect(db.spec(), out, "yaml")).isEmpty();
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted())
                        .contains("public/tables.yaml", "public/types.yaml", "public/sequences.yaml")
                        .allMatch(name -> name.endsWith(".yaml"));
            }
            assertThat(Files.readString(out.resolve("public/tables.yaml")))
                    .contains("schema: public", "- name: orders").doesNotContain("enums:");
        }
    }

    @Test
    void yamlOutputIsStableAndInTheOrderOfTheSqlFormat() {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA billing;
                CREATE TYPE billing.state AS ENUM ('open', 'paid');
                CREATE TABLE billing.invoice (id int PRIMARY KEY, state billing.state NOT NULL);
                CREATE VIEW billing.open_invoices AS SELECT id FROM billing.invoice WHERE state = 'open';
                CREATE FUNCTION billing.total() RETURNS int LANGUAGE sql AS 'SELECT 1';
                """)) {
            var format = DesiredStateFormats.named("yaml").orElseThrow();
            List<DesiredStateFile> first = new InspectWorkflow(Progress.SILENT).inspect(db.spec(), Set.of(), format)
                    .files();
            List<DesiredStateFile> second = new InspectWorkflow(Progress.SILENT).inspect(db.spec(), Set.of(), format)
                    .files();
            assertThat(first).isEqualTo(second);
            assertThat(first).extracting(DesiredStateFile::path).containsExactly("schemas.yaml",
                    "billing/types.yaml", "billing/tables.yaml", "billing/views.yaml", "billing/functions.yaml");
        }
    }

    /**
     * PUBLIC's default USAGE on types and EXECUTE on routines is what a fresh database gives: inspect does not
     * spell it out, and a revoked default is written as a revoke, so both round-trip.
     */
    @Test
    void defaultPrivilegesOfTypesAndRoutinesAreImpliedAndTheirRevokeIsWritten() throws Exception {
        try (TestDatabase db = TestDatabase.withSql("""
                CREATE SCHEMA app;
                CREATE TYPE app.kept_enum AS ENUM ('a');
                CREATE TYPE app.revoked_enum AS ENUM ('a');
                CREATE TYPE app.kept_pair AS (x int, y int);
                CREATE TYPE app.revoked_pair AS (x int, y int);
                CREATE DOMAIN app.kept_positive AS int CHECK (VALUE > 0);
                CREATE DOMAIN app.revoked_positive AS int CHECK (VALUE > 0);
                CREATE FUNCTION app.kept_fn() RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE FUNCTION app.revoked_fn() RETURNS int LANGUAGE sql AS 'SELECT 1';
                CREATE PROCEDURE app.kept_proc() LANGUAGE sql AS 'SELECT 1';
                CREATE PROCEDURE app.revoked_proc() LANGUAGE sql AS 'SELECT 1';
                REVOKE USAGE ON TYPE app.revoked_enum FROM PUBLIC;
                REVOKE USAGE ON TYPE app.revoked_pair FROM PUBLIC;
                REVOKE USAGE ON DOMAIN app.revoked_positive FROM PUBLIC;
                REVOKE EXECUTE ON FUNCTION app.revoked_fn() FROM PUBLIC;
                REVOKE EXECUTE ON PROCEDURE app.revoked_proc() FROM PUBLIC;
                """)) {
            for (String format : DesiredStateFormats.names()) {
                assertThat(RoundTrip.planAfterInspect(db.spec(), out.resolve(format), format))
                        .as("plan after inspecting as %s", format).isEmpty();
            }
            String sql;
            try (Stream<Path> files = Files.walk(out.resolve("sql"))) {
                sql = files.filter(Files::isRegularFile).sorted().map(p -> {
                    try {
                        return Files.readString(p);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).reduce("", String::concat);
            }
            assertThat(sql).doesNotContainIgnoringCase("GRANT ")
                    .doesNotContain("kept_enum FROM", "kept_pair FROM", "kept_positive FROM", "kept_fn() FROM",
                            "kept_proc() FROM")
                    .contains("revoked_enum FROM PUBLIC", "revoked_pair FROM PUBLIC", "revoked_positive FROM PUBLIC",
                            "revoked_fn() FROM PUBLIC", "revoked_proc() FROM PUBLIC");
        }
    }

    /**
     * Functions that only load the way pg_dump loads them, with {@code check_function_bodies = off}: a SQL function
     * whose body reads a table that uses the function (a default, a check), one returning a domain over json that
     * a check of the domain calls, one over a table of a schema written later. Inspect's output, SQL and YAML,
     * loads and plans clean, and builds the same database from empty.
     */
    @Test
    void functionsThatNeedUncheckedBodiesRoundTripAndBuildFromEmpty() throws Exception {
        String schema = """
                CREATE SCHEMA app;
                CREATE SCHEMA zz;
                CREATE TABLE app.ticket (no int, note text);
                CREATE FUNCTION app.next_no() RETURNS int LANGUAGE sql AS
                    'SELECT coalesce(max(no), 0) + 1 FROM app.ticket';
                CREATE FUNCTION app.note_ok(n text) RETURNS boolean LANGUAGE sql STABLE AS
                    $$ SELECT n IS NULL OR NOT EXISTS (SELECT FROM app.ticket t WHERE t.note = n) $$;
                ALTER TABLE app.ticket ALTER COLUMN no SET DEFAULT app.next_no(),
                    ADD CONSTRAINT note_ok CHECK (app.note_ok(note));
                CREATE FUNCTION app.is_doc(j json) RETURNS boolean LANGUAGE sql IMMUTABLE AS
                    $$ SELECT json_typeof(j) = 'object' $$;
                CREATE DOMAIN app.doc AS json CHECK (app.is_doc(VALUE));
                CREATE FUNCTION app.empty_doc() RETURNS app.doc LANGUAGE sql IMMUTABLE AS $$ SELECT '{}'::json $$;
                CREATE TABLE app.page (id int PRIMARY KEY, body app.doc DEFAULT app.empty_doc());
                CREATE TABLE zz.late (id int);
                CREATE FUNCTION app.late_count() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM zz.late';
                CREATE FUNCTION app.late_ids() RETURNS SETOF zz.late LANGUAGE sql BEGIN ATOMIC
                    SELECT * FROM zz.late; END;
                """;
        assertRoundTripsAndBuildsFromEmpty(schema);
    }

    /**
     * Views in a cycle with functions (issue 13 item 5): a view calling a function whose SQL-standard body reads
     * the view, a function returning SETOF a view's row type that the view calls, a view with a column of a domain
     * over jsonb calling a BEGIN ATOMIC function that reads it; view column defaults, one calling a function of the
     * cycle. Inspect writes placeholder views (SQL) or typed view columns (YAML); the output plans clean and builds
     * the same database from empty.
     */
    @Test
    void viewsInACycleWithFunctionsRoundTripAndBuildFromEmpty() throws Exception {
        String schema = """
                CREATE SCHEMA app;
                CREATE SCHEMA "Other";
                CREATE TABLE app.t (id int, name text);
                CREATE VIEW app."V one" AS SELECT id FROM app.t;
                CREATE FUNCTION "Other"."Total"() RETURNS bigint LANGUAGE sql
                    RETURN (SELECT count(*) FROM app."V one");
                CREATE OR REPLACE VIEW app."V one" AS SELECT id, "Other"."Total"() AS total FROM app.t;
                CREATE VIEW app.v2 AS SELECT id, name COLLATE "C" AS name, 0::bigint AS n FROM app.t;
                CREATE FUNCTION app.v2_rows() RETURNS SETOF app.v2 LANGUAGE sql
                    AS 'SELECT id, name, 0::bigint FROM app.t';
                CREATE OR REPLACE VIEW app.v2 AS
                    SELECT id, name COLLATE "C" AS name, (SELECT count(*) FROM app.v2_rows()) AS n FROM app.t;
                CREATE DOMAIN app.doc AS jsonb CHECK (jsonb_typeof(VALUE) = 'object');
                CREATE VIEW "Other".docs AS SELECT id, '{}'::jsonb::app.doc AS "Body" FROM app.t;
                DO $$ BEGIN EXECUTE 'CREATE FUNCTION app.doc_of(i int) RETURNS app.doc LANGUAGE sql STABLE
                    BEGIN ATOMIC SELECT "Body" FROM "Other".docs WHERE id = i; END'; END $$;
                CREATE OR REPLACE VIEW "Other".docs AS
                    SELECT id, '{}'::jsonb::app.doc AS "Body", app.doc_of(id) AS again FROM app.t;
                COMMENT ON COLUMN "Other".docs.again IS 'again';
                CREATE VIEW app.reader AS SELECT id, total FROM app."V one";
                ALTER VIEW app.reader ALTER COLUMN id SET DEFAULT 0;
                ALTER VIEW app."V one" ALTER COLUMN id SET DEFAULT "Other"."Total"() + 1;
                """;
        assertRoundTripsAndBuildsFromEmpty(schema);
    }

    /**
     * Inspects a database built from {@code schema} in every format: each output plans clean against it, and applied
     * to an empty database builds the same schema.
     */
    private void assertRoundTripsAndBuildsFromEmpty(String schema) throws Exception {
        try (TestDatabase db = TestDatabase.withSql(schema)) {
            for (String format : DesiredStateFormats.names()) {
                Path files = out.resolve(format);
                assertThat(RoundTrip.planAfterInspect(db.spec(), files, format))
                        .as("plan after inspecting as %s", format).isEmpty();
                try (TestDatabase empty = TestDatabase.create()) {
                    new ApplyWorkflow(Progress.SILENT, ApplyListener.SILENT).apply(
                            new Target(empty.spec(), List.of(files), Set.of(), null), ApplyPolicy.allowAll(),
                            ApplyConfirmations.YES);
                    assertThat(SchemaDump.of(empty.spec())).as("built from empty out of the %s files", format)
                            .isEqualTo(SchemaDump.of(db.spec()));
                }
            }
        }
    }
}
